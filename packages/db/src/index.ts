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
export { questionRowsFromTemplate } from './template-questions';
