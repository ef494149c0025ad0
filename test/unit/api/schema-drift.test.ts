import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApiSchema } from '../../../src/api/schema/build-api-schema';

/** The SDL is an artefact: the committed file must be exactly what the code emits. Regenerate with `npm run schema:emit`. */
describe('schema/schema.graphql', () => {
  it('matches the schema the code builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetgraph-schema-'));
    try {
      const path = join(dir, 'schema.graphql');
      await buildApiSchema({ emitSchemaFile: path });
      const emitted = readFileSync(path, 'utf8');
      const committed = readFileSync(resolve(__dirname, '../../../schema/schema.graphql'), 'utf8');
      expect(committed).toBe(emitted);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
