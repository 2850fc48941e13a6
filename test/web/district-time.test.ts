import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { formatDate, formatDateTime } from '../../web/src/components/district-time.ts';

const WEB_SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

test('a page opened in a browser set to New York shows the Beijing time and date of a server instant', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/New_York';
  try {
    const instant = '2026-11-30T17:05:00.000Z'; // 12:05 in New York, 01:05 on 1 December in Beijing
    assert.equal(new Date(instant).getDate(), 30, 'the process really reads New York time');
    assert.equal(formatDateTime(instant), '2026-12-01 01:05');
    assert.equal(formatDate(instant), '2026-12-01');
    assert.equal(formatDateTime(null), '—');
  } finally {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  }
});

test('no page formats a time in the browser’s zone: they all go through components/district-time.ts', () => {
  const files = sourceFiles(WEB_SOURCES);
  assert.ok(files.length > 50, `expected the web sources, found ${files.length} files`);
  const browserZone = /toLocaleDateString|toLocaleTimeString|new Date\([^)]*\)\.toLocaleString|\bdayjs\(\)/;
  const offenders = files
    .filter((file) => !file.endsWith(path.join('components', 'district-time.ts')))
    .filter((file) => browserZone.test(fs.readFileSync(file, 'utf8')))
    .map((file) => path.relative(WEB_SOURCES, file));
  assert.deepEqual(offenders, []);
});
