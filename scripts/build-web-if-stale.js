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

const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/compress-assets.ts', 'package-lock.json'].map((name) => path.join(root, name));
const isStale = !fs.existsSync(built) || Math.max(...sources.filter((source) => fs.existsSync(source)).map(newestChange)) > fs.statSync(built).mtimeMs;
if (isStale) execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: 'inherit' });
