// Compiles src/ into dist/ (tsconfig.build.json: same layout, `.ts` imports rewritten to `.js`, no type check — `npm
// run typecheck` does that), copies the files the code reads beside itself (YAML profiles) and stamps the build, so
// that bin/xinping.js starts the compiled CLI instead of compiling TypeScript at every start. Run by `prepare` (on
// `npm install`) and by `npm test` (`--if-stale`). dist/ sits beside src/, so paths that leave src/ (such as
// `../../catalog`) resolve the same from both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  BUILD_STAMP,
  DIST_DIR,
  ROOT,
  SOURCE_DIR,
  isCompiledCliCurrent,
  isCompiledSource,
} from '../bin/compiled-cli.js';

// `--if-stale` (npm test): nothing to do when dist/ was built from the sources as they are.
if (process.argv.includes('--if-stale') && isCompiledCliCurrent()) process.exit(0);

const started = Date.now();
const next = path.join(ROOT, '.tmp', `dist-build-${process.pid}`);
let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without development packages (`npm install --omit=dev`) has no compiler: the CLI then runs the sources.
  process.stderr.write('未安装 TypeScript 编译器（typescript），跳过命令行程序的编译；xinping 将直接运行源代码。\n');
  process.exit(0);
}
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', next], {
  stdio: 'inherit',
});
if (compiled.status !== 0) {
  fs.rmSync(next, { recursive: true, force: true });
  process.stderr.write('命令行程序编译失败（见上）：请修正后运行 npm run build:cli。\n');
  process.exit(compiled.status ?? 1);
}

/** Copies what is neither TypeScript nor the tsx worker entry (only used when running from src/). */
function copyAssets(from, to) {
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (!isCompiledSource(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copyAssets(source, target);
    else if (!entry.name.endsWith('.ts') && !entry.name.endsWith('.mjs')) {
      fs.mkdirSync(to, { recursive: true });
      fs.copyFileSync(source, target);
    }
  }
}
copyAssets(SOURCE_DIR, next);

// The stamp carries the time the build started: a source saved during the build is newer, so the build is stale.
const stamp = path.join(next, path.relative(DIST_DIR, BUILD_STAMP));
fs.writeFileSync(stamp, 'bin/compiled-cli.js compares this file’s modification time with the sources under src/.\n');
fs.utimesSync(stamp, started / 1000, started / 1000);
fs.rmSync(DIST_DIR, { recursive: true, force: true });
fs.renameSync(next, DIST_DIR);
process.stderr.write(`命令行程序已编译到 dist/，用时 ${Math.round((Date.now() - started) / 100) / 10} 秒。\n`);
