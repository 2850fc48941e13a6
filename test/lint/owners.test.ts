import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * One owner for each thing (ARCHITECTURE.md, Layers): the store owns the SQL of the shared tables and src/catalog
 * is the only reader of catalog/. The layer rules (.dependency-cruiser.cjs) see imports only; these checks read the
 * code for what an import does not show.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared tables only their repositories in src/store query through Kysely's builder. */
const STORE_OWNED_TABLES = ['enterprises', 'records', 'record_versions', 'audit_events'];
const STORE_OWNED_BUILDER = new RegExp(
  `\\.(?:selectFrom|updateTable|insertInto|deleteFrom)\\(\\s*['"\`](?:${STORE_OWNED_TABLES.join('|')})(?:\\s+as\\s+\\w+)?['"\`]`,
);
/** A path built to catalog/ (a literal `catalog`, `../../catalog/…`, or CATALOG_DIR) in a call that reads or locates a file. */
const CATALOG_PATH =
  /(?:path\.(?:join|resolve)|new URL|readFileSync|readFile)\([^;]*(?:['"`](?:\.\.?\/)*catalog(?:\/|['"`])|CATALOG_DIR)/;

/** Every source file under src/ (tests set up their own data and are left out), relative to the repository root. */
function sourceFiles(): string[] {
  return (fs.readdirSync(path.join(root, 'src'), { recursive: true }) as string[])
    .map((file) => path.join('src', file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'));
}

/** `file:line` of each line (comments aside) that matches `pattern`. */
function placesMatching(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(path.join(root, file), 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        !/^\s*(?:\/\/|\/?\*)/.test(line) && pattern.test(line) ? [`${file}:${index + 1}`] : [],
      ),
  );
}

test('the checks recognise what they look for', () => {
  assert.match("db.selectFrom('enterprises').select('id')", STORE_OWNED_BUILDER);
  assert.match("trx.updateTable('records as r').set({ status })", STORE_OWNED_BUILDER);
  assert.match("db.insertInto('audit_events').values(row)", STORE_OWNED_BUILDER);
  assert.doesNotMatch("db.selectFrom('enterprise_authorizations')", STORE_OWNED_BUILDER);
  assert.match("fs.readFileSync(path.join(ROOT, 'catalog', 'holidays.yaml'), 'utf8')", CATALOG_PATH);
  assert.match("const dir = path.resolve(here, '../../catalog');", CATALOG_PATH);
  assert.match('fs.readFileSync(path.resolve(CATALOG_DIR, file))', CATALOG_PATH);
  assert.doesNotMatch("import { loadCatalog } from '../../catalog/catalog.ts';", CATALOG_PATH);
});

test('no code outside src/store queries enterprises, records, record versions or audit events through the query builder', () => {
  const files = sourceFiles();
  assert.ok(files.length > 500, `the source files were found (${files.length})`);
  const owners = placesMatching(files, STORE_OWNED_BUILDER);
  assert.ok(
    owners.some((place) => place.startsWith('src/store/')),
    'the repositories themselves are found by the check',
  );
  assert.deepEqual(
    owners.filter((place) => !place.startsWith('src/store/')),
    [],
  );
});

test('no code outside src/catalog builds a path into catalog/ to read it', () => {
  const files = sourceFiles();
  const readers = placesMatching(files, CATALOG_PATH);
  assert.ok(
    readers.some((place) => place.startsWith('src/catalog/')),
    'src/catalog, which reads the files, is found by the check',
  );
  assert.deepEqual(
    readers.filter((place) => !place.startsWith('src/catalog/')),
    [],
  );
});
