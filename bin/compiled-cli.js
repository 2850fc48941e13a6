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
 * The newest modification time of the files under src/ that the build reads. Directories are not counted (adding a
 * test would make the build look stale): a module added, removed or renamed changes the files that import it.
 * About 600 stat calls, a few milliseconds.
 */
export function newestSourceChange(directory = SOURCE_DIR) {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    if (!isCompiledSource(entry.name)) continue;
    const child = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(child) : fs.statSync(child).mtimeMs);
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
