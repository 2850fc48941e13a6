import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../domain/app-error.ts';
import type { Store } from './connect.ts';

const run = promisify(execFile);

/**
 * The two backup formats: the embedded store's data directory as PGlite dumps it (a gzipped tar), and PostgreSQL's
 * custom archive (`pg_dump --format=custom`). Each is recognised by its first bytes.
 */
export type BackupFormat = 'pglite' | 'postgres';

export function detectBackupFormat(file: string): BackupFormat | undefined {
  const handle = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(handle, head, 0, 5, 0);
    if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    if (head.toString('latin1') === 'PGDMP') return 'postgres';
    return undefined;
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * The embedded store's data directory, dumped by the process that owns it (ARCHITECTURE.md "store ownership"): a
 * client of a serving owner cannot reach the files, so it is refused with what to do instead.
 */
export async function dumpEmbeddedStore(store: Store, file: string): Promise<void> {
  if (store.raw.engine === 'pglite-socket')
    throw new AppError(
      'CONFLICT',
      '内嵌数据库正由运行中的信评服务（xinping start / serve）持有，备份须在该进程内完成：请先停止服务再运行 xinping backup，或改用 PostgreSQL（可在服务运行时备份）。',
    );
  if (store.raw.engine !== 'pglite') throw new Error('dumpEmbeddedStore needs the embedded store');
  const dump = await store.raw.pglite.dumpDataDir('gzip');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600 });
}

/** A PGlite dump as PGlite loads it (`openStore(…, { loadDataDir })`). */
export function readEmbeddedDump(file: string): Blob {
  return new Blob([fs.readFileSync(file)]);
}

/** pg_dump / pg_restore from the Debian `postgresql-client` package (on PATH or under /usr/lib/postgresql/N/bin). */
function findPostgresTool(name: 'pg_dump' | 'pg_restore'): string {
  for (const directory of (process.env.PATH ?? '').split(':').filter(Boolean))
    if (fs.existsSync(`${directory}/${name}`)) return `${directory}/${name}`;
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql') : [];
  const newest = versions
    .map(Number)
    .filter((version) => fs.existsSync(`/usr/lib/postgresql/${version}/bin/${name}`))
    .sort((a, b) => b - a)[0];
  if (newest !== undefined) return `/usr/lib/postgresql/${newest}/bin/${name}`;
  throw new AppError(
    'PRECONDITION_FAILED',
    `找不到 ${name}：请安装 PostgreSQL 客户端（Debian/Ubuntu：apt-get install postgresql-client），其版本不低于数据库服务器。`,
  );
}

/** The connection URL without its password, which goes to the tool in PGPASSWORD instead of on its command line. */
function splitPassword(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

async function runTool(name: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const { url: bare, env } = splitPassword(url);
  try {
    await run(findPostgresTool(name), [...args, `--dbname=${bare}`], { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if (error instanceof AppError) throw error;
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new AppError('INTERNAL', `${name} 失败：${stderr || (error as Error).message}`, { cause: error });
  }
}

/** One consistent snapshot of the database (pg_dump reads in one transaction), without owners or grants. */
export async function dumpPostgres(url: string, file: string): Promise<void> {
  await runTool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`], url);
  fs.chmodSync(file, 0o600);
}

/** Restores an archive into an empty database, all or nothing; the tables belong to the role of `url`. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', file], url);
}

/** Whether the database holds no table of its own yet (a restore never mixes into existing data). */
export async function isDatabaseEmpty(db: Kysely<any>): Promise<boolean> {
  const { rows } = await sql<{ count: number }>`
    select count(*)::int as count from pg_catalog.pg_tables
    where schemaname not in ('pg_catalog', 'information_schema')`.execute(db);
  return Number(rows[0]?.count ?? 0) === 0;
}

/** A scratch database beside the one `url` names, for checking a dump; the role needs CREATEDB. */
export async function createScratchDatabase(db: Kysely<any>, url: string): Promise<{ url: string; name: string }> {
  const name = `xinping_verify_${randomBytes(6).toString('hex')}`;
  try {
    await sql`create database ${sql.id(name)}`.execute(db);
  } catch (error) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `无法创建用于校验备份的临时数据库（${(error as Error).message}）：请让 ${new URL(url).username || '当前'} 角色具有 CREATEDB 权限，或加 --no-verify 跳过校验。`,
      { cause: error },
    );
  }
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return { url: scratch.toString(), name };
}

export async function dropScratchDatabase(db: Kysely<any>, name: string): Promise<void> {
  await sql`drop database if exists ${sql.id(name)} with (force)`.execute(db);
}
