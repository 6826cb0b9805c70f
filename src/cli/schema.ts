// `npm run schema`: writes the editor JSON Schema for catalog files from the zod schema.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { catalogServerJsonSchemaText, SCHEMA_FILE } from '../catalog/json-schema-file.ts';

const target = resolve(import.meta.dirname, '../..', SCHEMA_FILE);
writeFileSync(target, catalogServerJsonSchemaText());
console.log(`Wrote ${SCHEMA_FILE}`);
