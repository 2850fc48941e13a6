// Writes web/src/api/schema.d.ts, the types of the web application's API client, from the server's OpenAPI document.
// Usage: node --import tsx scripts/generate-api-client.ts   (run it after adding or changing a route)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildServer } from '../src/server/build-server.ts';
import { openStore } from '../src/store/connect.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_SCHEMA_FILE = path.join(ROOT, 'web', 'src', 'api', 'schema.d.ts');
export const REGENERATE_COMMAND = 'node --import tsx scripts/generate-api-client.ts';

const HEADER = `// Generated from the server's OpenAPI document by scripts/generate-api-client.ts — do not edit.
// Regenerate after changing a route: ${REGENERATE_COMMAND}
`;

/** The server's OpenAPI document, built in process (no database content is read: an empty in-memory store will do). */
export async function readOpenApiDocument(): Promise<Record<string, unknown>> {
  const store = await openStore({ dataDir: '' }, { memory: true });
  try {
    const app = await buildServer(store);
    await app.ready();
    const document = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return document;
  } finally {
    await store.close();
  }
}

/** The text of schema.d.ts for a document. */
export async function renderApiSchema(document: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(structuredClone(document) as unknown as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: false,
  });
  return HEADER + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const text = await renderApiSchema(await readOpenApiDocument());
  fs.writeFileSync(API_SCHEMA_FILE, text);
  process.stdout.write(`已写入 ${path.relative(ROOT, API_SCHEMA_FILE)}(${text.split('\n').length} 行)\n`);
}
