/**
 * `@gcm/domain/testing`: what tests of every workspace share — the polling helper that replaces
 * fixed sleeps, and sample data. Not imported by production code.
 */
export * from '../report/report.fixtures';
export * from './catalogue-check';
export * from './wait-until';
