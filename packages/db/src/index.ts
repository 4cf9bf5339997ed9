export * from './client';
export {
  applyMigrations,
  createMigration,
  type MigrationStatus,
  migrationStatus,
  pendingSchemaChanges,
} from './migrations';
export { type SeedResult, seedDemo, seedDemoIfEmpty } from './seed/demo';
export * from './seed/demo-data';
export { SECOND_COUNTRY, seedSecondCountry } from './seed/second-country';
export { questionRowsFromTemplate } from './template-questions';
