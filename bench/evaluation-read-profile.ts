/**
 * Where a full re-evaluation's read of one shard spends its CPU (issue #20, #18 §3), on a PostgreSQL store that
 * already holds the bench data set (e.g. `npm run bench:dataset`) with a published model, on this machine:
 *
 * - server: CPU seconds of the backend for `COPY (…) TO '/dev/null'` (no transfer) of the shard's engine read as it
 *   is, of a bare scan of the same rows, and of a per-enterprise packed projection of the same inputs (built once
 *   here in a temporary table: one fixed-width binary entry per record, read with binary COPY), the shape #18 §3 asks
 *   for. Read from /proc of the backend, so the server must run on this machine as a user whose /proc this can read.
 * - client: CPU seconds of this process receiving the engine read's COPY text, then of parsing it into a RecordBatch.
 *
 * CPU seconds, not wall time: they hold on a shared, busy machine. Writes bench/results/evaluation-read-profile.json.
 *
 *   node --import tsx bench/evaluation-read-profile.ts --database-url URL [--from 25001] [--to 50000] [--runs 3]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { resolveAsOf } from '../src/services/evaluation/as-of.ts';
import { requirePublishedModel } from '../src/services/evaluation/published-model.ts';
import { recordSelection } from '../src/services/evaluation/read-evaluation-batch.ts';
import { createRunInterner } from '../src/services/evaluation/read-record-shard.ts';
import { RecordCopyReader } from '../src/services/evaluation/record-copy-reader.ts';
import { copyQueryOut, withCopySession, type CopySession } from '../src/store/bulk-copy.ts';
import { openStore } from '../src/store/connect.ts';
import { evaluationRecordsSql, findRecordKindCodes } from '../src/store/evaluation.repository.ts';
import { writeBenchResult } from './bench-record.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round3 = (value: number) => Math.round(value * 1000) / 1000;
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used, from /proc; null where /proc cannot be read. */
function processCpuSeconds(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted after the command name's closing parenthesis.
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

async function serverCpuSeconds(session: CopySession, copy: string, runs: number): Promise<number | null> {
  const { pid } = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(session.trx)).rows[0];
  const seconds: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const before = processCpuSeconds(pid);
    await sql.raw(copy).execute(session.trx);
    const after = processCpuSeconds(pid);
    if (before === null || after === null) return null;
    seconds.push(after - before);
  }
  return round3(median(seconds));
}

function clientCpuSeconds(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'database-url': { type: 'string' },
      from: { type: 'string', default: '25001' },
      to: { type: 'string', default: '50000' },
      runs: { type: 'string', default: '3' },
      note: { type: 'string' },
    },
  });
  if (!values['database-url']) throw new Error('需要 --database-url(已装载基准数据集并发布模型的 PostgreSQL)');
  const scope = { from: Number(values.from), to: Number(values.to) };
  const runs = Number(values.runs);
  const store = await openStore({ databaseUrl: values['database-url'], dataDir: '' });
  try {
    const { compiled } = await requirePublishedModel(store.db);
    const asOf = resolveAsOf(undefined);
    compiled.prepare(asOf.asOf);
    const selection = { ...recordSelection(compiled, asOf), otherKinds: [] as string[] };
    selection.otherKinds = (await findRecordKindCodes(store.db)).filter((kind) => !selection.kinds.includes(kind));
    const read = evaluationRecordsSql(selection, scope, { dayNumbers: true });
    const condition = read.split(' from records r where ')[1];
    const rows = `select 1 from records r where ${condition}`;
    // The prototype projection: per enterprise, each input record as id, version, hash, seven 2-byte codes (stand-ins
    // for the interned texts), two day numbers and two float8 — what the engine's RecordBatch holds, packed.
    const packed = `select r.enterprise_id, string_agg(int8send(r.id) || int4send(r.version) || decode(r.content_hash, 'hex')
        || int2send((hashtext(r.kind) & 32767)::int2) || int2send((hashtext(r.status) & 32767)::int2)
        || int2send(0::int2) || int2send(0::int2) || int2send(0::int2) || int2send(0::int2) || int2send(0::int2)
        || int4send(coalesce(r.occurred_on - date '1970-01-01', -1)) || int4send(coalesce(r.ends_on - date '1970-01-01', -1))
        || float8send(coalesce(r.amount, 0)::float8) || float8send(coalesce(r.quantity, 0)::float8), ''::bytea order by r.id) as inputs
      from records r where ${condition} group by r.enterprise_id`;

    const server = await withCopySession(store, async (session) => {
      await sql`set local max_parallel_workers_per_gather = 0`.execute(session.trx);
      await sql`set local jit = off`.execute(session.trx);
      await sql.raw(`create temporary table packed_inputs on commit drop as ${packed}`).execute(session.trx);
      const count = await sql<{ records: number }>`select count(*)::int as records from (${sql.raw(rows)}) x`.execute(
        session.trx,
      );
      return {
        records: count.rows[0].records,
        engineReadSeconds: await serverCpuSeconds(session, `copy (${read}) to '/dev/null'`, runs),
        bareScanSeconds: await serverCpuSeconds(
          session,
          `copy (select count(*) from (${rows}) x) to '/dev/null'`,
          runs,
        ),
        packedProjectionSeconds: await serverCpuSeconds(
          session,
          `copy (select enterprise_id, inputs from packed_inputs) to '/dev/null' with (format binary)`,
          runs,
        ),
      };
    });

    const receive: number[] = [];
    const parse: number[] = [];
    let bytes = 0;
    const reader = new RecordCopyReader(createRunInterner(compiled));
    for (let run = 0; run < runs; run += 1) {
      const chunks: Buffer[] = [];
      let started = process.cpuUsage();
      for await (const chunk of copyQueryOut(store, read)) chunks.push(chunk);
      receive.push(clientCpuSeconds(started));
      bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
      reader.reset();
      started = process.cpuUsage();
      for (const chunk of chunks) reader.push(chunk);
      parse.push(clientCpuSeconds(started));
    }
    const result = {
      description:
        '全量重评读取一个分片的 CPU 秒数:服务端(COPY 到 /dev/null,不含传输)现有读取、同样行的裸扫描、按企业打包的投影原型(二进制 COPY);客户端接收 COPY 文本与解析。',
      command: 'node --import tsx bench/evaluation-read-profile.ts --database-url URL [--from N] [--to N] [--runs N]',
      shard: scope,
      records: server.records,
      copyTextBytes: bytes,
      serverCpuSeconds: {
        engineRead: server.engineReadSeconds,
        bareScan: server.bareScanSeconds,
        packedProjection: server.packedProjectionSeconds,
      },
      clientCpuSeconds: { receive: round3(median(receive)), parse: round3(median(parse)) },
    };
    console.log(JSON.stringify(result, null, 2));
    writeBenchResult('evaluation-read-profile', result, { note: values.note });
  } finally {
    await store.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
