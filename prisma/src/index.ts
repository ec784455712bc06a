export { createPrismaClient, pgPoolOf, type CreatePrismaOptions, type TPrismaClient } from './client.ts';
export { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded.ts';
export { appliedMigrationCount, migrateDeploy, migrationsOnDisk, type MigrationOnDisk } from './migrate.ts';
export { pgConfigFromUrl } from './pg-config.ts';
export { Prisma } from '../generated/client/client.ts';
export type * from '../generated/client/client.ts';
