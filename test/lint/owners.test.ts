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

/**
 * The tables only their repositories in src/store query (or join): the shared aggregates, and every other table whose
 * SQL has moved into the store, so that it stays there.
 */
const STORE_OWNED_TABLES = [
  'enterprises',
  'enterprise_versions',
  'enterprise_profile_tags',
  'legacy_uscc_acceptances',
  'records',
  'record_versions',
  'record_versions_before_coverage',
  'record_kinds',
  'audit_events',
  'audit_heads',
  'audit_checkpoints',
  'notifications',
  'repair_notices',
  'evaluation_runs',
  'evaluation_pending',
  'evaluation_run_shards',
  'cluster_jobs',
  'credit_index_months',
  'credit_index_values',
  'policy_payouts',
  'incubator_tenancies',
  'incubator_evaluations',
  'financing_needs',
  'financing_matches',
  'financing_events',
  'financing_event_participants',
  'measure_feedback',
  'holiday_years',
  'rate_limit_counters',
  'queued_imports',
  'queued_simulations',
  'staged_uploads',
  'rejection_files',
];
const STORE_OWNED_BUILDER = new RegExp(
  `\\.(?:selectFrom|updateTable|insertInto|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\\(\\s*['"\`](?:${STORE_OWNED_TABLES.join('|')})(?:\\s+as\\s+\\w+)?['"\`]`,
);
/**
 * Hand-written SQL (a `sql` template, a string for sql.raw or COPY) that names one of those tables where a statement
 * reads or writes it: after from, join, update, into or truncate, in any case and across line breaks.
 */
const STORE_OWNED_RAW_SQL = new RegExp(
  `\\b(?:from|join|update|into|truncate)\\s+(?:only\\s+|table\\s+)?"?(?:${STORE_OWNED_TABLES.join('|')})\\b`,
  'gi',
);
/** Files that only tests import (fixtures and snapshots of the store), which may inspect the tables directly. */
const TEST_SUPPORT = /(?:^|[-/])test-(?:helpers|support)\.ts$/;
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

/**
 * `file:line` of each match of a global `pattern` in the files' code, comments blanked out first (their lines kept),
 * so a statement split over several lines is still found (at the line of its keyword).
 */
function placesInCode(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) => {
    const code = withoutComments(fs.readFileSync(path.join(root, file), 'utf8'));
    return [...code.matchAll(pattern)].map((match) => `${file}:${code.slice(0, match.index).split('\n').length}`);
  });
}

/** The text with block comments and whole-line `//` comments replaced by as many line breaks. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')).replace(/^\s*\/\/.*$/gm, '');
}

test('the checks recognise what they look for', () => {
  assert.match("db.selectFrom('enterprises').select('id')", STORE_OWNED_BUILDER);
  assert.match("trx.updateTable('records as r').set({ status })", STORE_OWNED_BUILDER);
  assert.match("db.insertInto('audit_events').values(row)", STORE_OWNED_BUILDER);
  assert.doesNotMatch("db.selectFrom('enterprise_authorizations')", STORE_OWNED_BUILDER);
  assert.match("trx.insertInto('notifications').values(message)", STORE_OWNED_BUILDER);
  assert.doesNotMatch("db.selectFrom('notification_deliveries')", STORE_OWNED_BUILDER);
  assert.match(".innerJoin('enterprises as e', 'e.id', 'w.enterprise_id')", STORE_OWNED_BUILDER);
  assert.match(".leftJoin('enterprises', 'enterprises.id', 'requests.enterprise_id')", STORE_OWNED_BUILDER);
  assert.match('.rightJoin("records as r", "r.id", "n.record_id")', STORE_OWNED_BUILDER);
  assert.match(".fullJoin('audit_events as a', 'a.seq', 'c.seq')", STORE_OWNED_BUILDER);
  assert.doesNotMatch(".innerJoin('enterprise_authorizations as a', 'a.enterprise_id', 'e.id')", STORE_OWNED_BUILDER);
  assert.doesNotMatch(".leftJoin('records_staging as s', 's.id', 'r.id')", STORE_OWNED_BUILDER);
  const rawSql = (text: string) => text.match(STORE_OWNED_RAW_SQL);
  assert.ok(rawSql('sql`select e.uscc from share_events s join enterprises e on e.id = s.enterprise_id`'));
  assert.ok(rawSql('sql`select min(record_id) from record_versions where batch_id = $1`'));
  assert.ok(
    rawSql('sql`update repair_notices n set reminded_on = $1::date\n      FROM\n  records r where r.id = n.record_id`'),
  );
  assert.ok(rawSql("sql.raw('insert into audit_events (seq, hash) values (1, $1)')"));
  assert.ok(rawSql('sql`Update Records set status = $1`'));
  assert.ok(
    rawSql(
      'sql`\n      insert into notifications (enterprise_id, topic, title, body)\n      select enterprise_id, topic`',
    ),
  );
  assert.ok(rawSql('`select count(*) from "enterprises"`'));
  assert.equal(rawSql('sql`select 1 from enterprise_authorizations a join records_staging s on true`'), null);
  assert.equal(rawSql('sql`select code from departments where code = $1`'), null);
  assert.equal(rawSql('sql`update notification_deliveries set sent_at = now()`'), null);
  assert.equal(rawSql('sql`insert into records_staging select * from jsonb_to_recordset($1::jsonb)`'), null);
  assert.ok(
    rawSql(
      'sql`\n            insert into repair_notices (record_id, record_version, enterprise_id, batch_id)\n            select record_id`',
    ),
  );
  assert.match("trx.selectFrom('repair_notices as n').select(['n.id'])", STORE_OWNED_BUILDER);
  assert.match("trx.insertInto('record_kinds').values({ code, ...values })", STORE_OWNED_BUILDER);
  assert.deepEqual(
    withoutComments('/** Reads from records\n * and more. */\nconst a = 1;\n  // joins enterprises\n'),
    '\n\nconst a = 1;\n\n',
  );
  assert.match("fs.readFileSync(path.join(ROOT, 'catalog', 'holidays.yaml'), 'utf8')", CATALOG_PATH);
  assert.match("const dir = path.resolve(here, '../../catalog');", CATALOG_PATH);
  assert.match('fs.readFileSync(path.resolve(CATALOG_DIR, file))', CATALOG_PATH);
  assert.doesNotMatch("import { loadCatalog } from '../../catalog/catalog.ts';", CATALOG_PATH);
});

test('no code outside src/store queries or joins a store-owned table (enterprises, records, audit events, repair notices …) through the query builder', () => {
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

test('no code outside src/store writes SQL that reads or changes a store-owned table (enterprises, records, audit events, repair notices …)', () => {
  const files = sourceFiles();
  const statements = placesInCode(files, STORE_OWNED_RAW_SQL);
  assert.ok(
    statements.some((place) => place.startsWith('src/store/record.repository.ts:')),
    'the repositories themselves are found by the check',
  );
  assert.deepEqual(
    statements.filter((place) => !place.startsWith('src/store/') && !TEST_SUPPORT.test(place.replace(/:\d+$/, ''))),
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
