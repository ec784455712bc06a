/**
 * Content of the demo province (Tỉnh Điện Biên): agencies, fields, procedures with
 * their online forms, public holidays, demo accounts, citizen guides, legal documents and answered questions.
 * Pure typed data; the loader in `prisma/src/seed` writes it to the database.
 */
export * from './types.ts';
export { AG, COMMUNE_UNIT_CODES, agencies } from './agencies.ts';
export { FIELD, fields } from './fields.ts';
export { procedures } from './procedures/index.ts';
export { holidays } from './holidays.ts';
export { DEMO_PASSWORD, users } from './users.ts';
export { guides } from './guides.ts';
export { legalDocuments } from './legal-documents.ts';
export { questions, type SeedQuestion } from './questions.ts';
