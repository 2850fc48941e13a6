// Where the compiled CLI lives and whether it is current: shared by bin/xinping.js (which runs it when it is) and
// scripts/build-cli.js (which writes it). Plain JavaScript, so that checking costs no TypeScript compilation.
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SOURCE_DIR = path.join(ROOT, 'src');
export const DIST_DIR = path.join(ROOT, 'dist');
export const COMPILED_MAIN = path.join(DIST_DIR, 'cli', 'main.js');
/** Written last by the build, its modification time set to when the build started reading the sources. */
export const BUILD_STAMP = path.join(DIST_DIR, '.build-stamp');

/** Files under src/ that are not part of the compiled CLI: tests and their fixtures. */
export function isCompiledSource(name) {
  return name !== 'test-fixtures' && !name.endsWith('.test.ts');
}

/**
 * The newest modification time under src/ among what the build reads, directories included (adding, removing or
 * renaming a file changes its directory's time). About 700 stat calls: a few milliseconds.
 */
export function newestSourceChange(entry = SOURCE_DIR) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) {
    if (isCompiledSource(name)) newest = Math.max(newest, newestSourceChange(path.join(entry, name)));
  }
  return newest;
}

/** Whether dist/ holds a complete build made from the sources as they are now. */
export function isCompiledCliCurrent() {
  try {
    return fs.existsSync(COMPILED_MAIN) && fs.statSync(BUILD_STAMP).mtimeMs >= newestSourceChange();
  } catch {
    return false;
  }
}
