// Runs test files like `node --test --test-concurrency=N`, but longest first: node --test sorts the files by name, so
// the slowest ones (test/store/*, test/readme-examples) started last and left a core idle while the last of them ran.
// Usage: node --import tsx scripts/run-tests.ts --concurrency 2 FILE…   (the test files inherit --import tsx)
// The order comes from test/slowest-files.txt (seconds and path, refreshed from the list this script prints at the end);
// files it does not name follow in name order.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SLOWEST_FILES = path.join(ROOT, 'test', 'slowest-files.txt');

const { values, positionals } = parseArgs({
  options: { concurrency: { type: 'string', default: '2' } },
  allowPositionals: true,
});

/** Seconds each file took when the list was last refreshed, by path relative to the repository. */
function readSlowestFiles(): Map<string, number> {
  const seconds = new Map<string, number>();
  for (const line of fs.readFileSync(SLOWEST_FILES, 'utf8').split('\n')) {
    const match = /^(\d+(?:\.\d+)?)\s+(\S+)/.exec(line);
    if (match) seconds.set(match[2]!, Number(match[1]));
  }
  return seconds;
}

const known = readSlowestFiles();
const relative = (file: string) => path.relative(ROOT, path.resolve(file)).split(path.sep).join('/');
const files = [...positionals].sort((a, b) => {
  const difference = (known.get(relative(b)) ?? 0) - (known.get(relative(a)) ?? 0);
  return difference || (a < b ? -1 : a > b ? 1 : 0);
});

// How long each file took, from its process's start to its end: the runner's own event for the file (test:complete at
// nesting 0, named by the file's path; the tests' own events name the file that defined them, a helper for some).
const took = new Map<string, number>();
const stream = run({ files: files.map((file) => path.resolve(file)), concurrency: Number(values.concurrency) });
// As node --test: a failing test fails the run, unless it is marked todo.
stream.on('test:fail', (data: { todo?: string | boolean }) => {
  if (data.todo === undefined || data.todo === false) process.exitCode = 1;
});
stream.on(
  'test:complete',
  (data: { nesting: number; name: string; file?: string; details: { duration_ms: number } }) => {
    if (data.nesting === 0 && data.file && path.resolve(data.name) === data.file)
      took.set(data.file, data.details.duration_ms);
  },
);
const reporter = stream.compose(new spec());
reporter.pipe(process.stdout, { end: false });
reporter.on('end', () => {
  const slowest = [...took].sort((a, b) => b[1] - a[1]).slice(0, 25);
  process.stdout.write('\nslowest files of this run (seconds; test/slowest-files.txt orders the next runs):\n');
  for (const [file, milliseconds] of slowest)
    process.stdout.write(`${Math.round(milliseconds / 1000)} ${relative(file)}\n`);
});
