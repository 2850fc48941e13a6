// Writes docs/authorization.md from the access declarations of the server's routes.
// Usage: node --import tsx scripts/write-authorization-matrix.ts
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderAuthorizationMatrix } from '../src/server/authorization-matrix.ts';
import { buildServer } from '../src/server/build-server.ts';
import { openStore } from '../src/store/connect.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const store = await openStore({ dataDir: '' }, { memory: true });
const app = await buildServer(store);
await app.ready();
const file = path.join(root, 'docs', 'authorization.md');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, renderAuthorizationMatrix(app.apiRoutes));
await app.close();
await store.close();
process.stdout.write(`已写入 ${path.relative(root, file)}(${app.apiRoutes.length} 个接口)\n`);
