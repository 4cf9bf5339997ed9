export * from './client';
export {
  applyMigrations,
  createMigration,
  type MigrationStatus,
  migrationStatus,
  pendingSchemaChanges,
} from './migrations';
export {
  DEMO_ADMINISTRATOR,
  DEMO_ASSIGNMENTS,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  DEMO_REVIEW,
  type SeedResult,
  seedDemo,
  seedDemoIfEmpty,
} from './seed/demo';
export { questionRowsFromTemplate } from './template-questions';
