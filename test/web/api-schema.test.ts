import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import {
  API_SCHEMA_FILE,
  readOpenApiDocument,
  REGENERATE_COMMAND,
  renderApiSchema,
} from '../../scripts/generate-api-client.ts';

test('the web application’s API types match the server’s OpenAPI document (regenerate them after changing a route)', async () => {
  const expected = await renderApiSchema(await readOpenApiDocument());
  const actual = fs.existsSync(API_SCHEMA_FILE) ? fs.readFileSync(API_SCHEMA_FILE, 'utf8') : '';
  assert.ok(
    actual === expected,
    `web/src/api/schema.d.ts is stale: run \`${REGENERATE_COMMAND}\` (or npm run generate:api-client) and commit the result`,
  );
});
