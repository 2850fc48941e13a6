// Builds the web application only when web/dist is missing or older than its sources, so `npm start` does not
// rebuild (about 1 s idle, several seconds on a busy machine) on every start.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'web/dist/index.html');

function newestChange(entry) {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/compress-assets.ts', 'package-lock.json'].map(
  (name) => path.join(root, name),
);
const isStale =
  !fs.existsSync(built) ||
  Math.max(...sources.filter((source) => fs.existsSync(source)).map(newestChange)) > fs.statSync(built).mtimeMs;
if (isStale) {
  // The build is silent for a while (up to tens of seconds on a busy machine): say what is happening.
  process.stderr.write('正在构建网页界面(web/dist 缺失或早于源代码),繁忙的机器上可能需要数十秒……\n');
  const started = performance.now();
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
  process.stderr.write(`网页界面构建完成,用时 ${Math.round((performance.now() - started) / 100) / 10} 秒。\n`);
}
