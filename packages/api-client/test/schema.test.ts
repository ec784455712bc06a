import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateSchemaSource, SCHEMA_FILE } from '../scripts/schema-source.ts';

describe('src/schema.d.ts', () => {
  it('is what the current OpenAPI document generates (else run `pnpm --filter @portal/api-client generate`)', async () => {
    const generated = await generateSchemaSource();
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    // A plain comparison: the diff vitest prints shows what changed
    expect(committed).toBe(generated);
  }, 120_000);

  it('names every operation by its operationId', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const operations = committed.slice(committed.indexOf('export interface operations'));
    for (const operationId of ['listDossiers', 'submitDossier', 'performStaffAction', 'getProcedure', 'uploadDossierFile'])
      expect(operations).toContain(`    ${operationId}: {`);
  });
});
