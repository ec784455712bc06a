import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateSchemaSource, SCHEMA_FILE } from './schema-source.ts';

// `pnpm --filter @portal/api-client generate`: rewrites src/schema.d.ts (no server, no database needed).
const source = await generateSchemaSource();
writeFileSync(SCHEMA_FILE, source);
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)} (${source.length} characters)`);
