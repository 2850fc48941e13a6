import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { NormalizedRecord } from '../../src/domain/record.ts';
import { makeOrganizationCode, makeUscc } from '../../src/domain/uscc.ts';
import { registerEnterprises } from '../../src/services/enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../../src/services/evaluation/ensure-published-model.ts';
import { reevaluateEnterprises } from '../../src/services/evaluation/reevaluate-enterprises.ts';
import { commitBatch } from '../../src/services/records/commit-batch.ts';
import { decideObjection } from '../../src/services/workflows/decide-objection.ts';
import { fileObjection } from '../../src/services/workflows/file-objection.ts';
import { openStore, type Store } from '../../src/store/connect.ts';
import { createTestStore, engines } from '../support/stores.ts';
import { runXinping } from '../support/xinping-cli.ts';

const CHILD = path.resolve(import.meta.dirname, 'decide-objection-child.ts');
const REVIEWER = {
  userId: 0,
  username: 'reviewer',
  displayName: '复核员',
  role: 'reviewer',
  departmentCode: null,
  uscc: null,
  via: 'session',
  tokenId: null,
  scopes: ['read', 'write'],
} as const;

/**
 * Runs the decision in a child process and kills it with SIGKILL once it stops after the statement matching `pauseAt`
 * (a pattern on the statement's Kysely operation node as JSON: raw SQL text, or a builder's table names).
 */
function killDecisionAt(
  env: NodeJS.ProcessEnv,
  objectionId: number,
  pauseAt: string,
): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, String(objectionId)], {
      env: { ...env, XINPING_TEST_PAUSE_AT: pauseAt },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const look = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('PAUSED') && child.exitCode === null) child.kill('SIGKILL');
    };
    child.stdout.on('data', look);
    child.stderr.on('data', look);
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ signal, output }));
  });
}

interface DecisionState {
  objection: string;
  record: string;
  versions: number;
  auditEvents: number;
  revokedEvents: number;
  evaluations: number;
}

/**
 * 000 §二(一) 可查、可核、可溯: a process killed with SIGKILL in the middle of an objection decision
 * (revoking the record rewrites it and re-evaluates the enterprise) leaves the decision wholly there or wholly absent;
 * the store reopens and `xinping audit verify` passes.
 */
for (const engine of engines()) {
  describe(`a workflow decision killed with SIGKILL [${engine}]`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let postgres: Awaited<ReturnType<typeof createTestStore>> | undefined;
    let enterpriseId: number;
    let recordId: number;
    const objections: number[] = [];

    async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
      if (postgres) return work(postgres.store);
      const store = await openStore({ dataDir: env.XINPING_DATA_DIR! });
      try {
        return await work(store);
      } finally {
        await store.close();
      }
    }

    const readState = (objectionId: number) =>
      withStore(async ({ db }): Promise<DecisionState> => {
        const count = async (query: Promise<{ count: number | string | bigint }>) => Number((await query).count);
        return {
          objection: (
            await db.selectFrom('objections').select('state').where('id', '=', objectionId).executeTakeFirstOrThrow()
          ).state,
          record: (await db.selectFrom('records').select('status').where('id', '=', recordId).executeTakeFirstOrThrow())
            .status,
          versions: await count(
            db
              .selectFrom('record_versions')
              .select((eb) => eb.fn.countAll().as('count'))
              .where('record_id', '=', recordId)
              .executeTakeFirstOrThrow(),
          ),
          auditEvents: await count(
            db
              .selectFrom('audit_events')
              .select((eb) => eb.fn.countAll().as('count'))
              .executeTakeFirstOrThrow(),
          ),
          revokedEvents: await count(
            db
              .selectFrom('audit_events')
              .select((eb) => eb.fn.countAll().as('count'))
              .where('action', '=', 'objection.revoked')
              .where('subject_id', '=', String(objectionId))
              .executeTakeFirstOrThrow(),
          ),
          evaluations: await count(
            db
              .selectFrom('evaluations')
              .select((eb) => eb.fn.countAll().as('count'))
              .where('enterprise_id', '=', enterpriseId)
              .executeTakeFirstOrThrow(),
          ),
        };
      });

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-kill-decision-'));
      const dataDir = path.join(dir, 'data');
      const handle = await createTestStore(engine, { dataDir: engine === 'pglite' ? dataDir : undefined });
      const { db } = handle.store;
      const uscc = makeUscc(`91420703${makeOrganizationCode('MA4K0001')}`);
      await registerEnterprises(
        db,
        '测试',
        [
          {
            uscc,
            name: '鄂州丙科技有限公司',
            legalRepresentative: '王五',
            status: '存续',
            industryCode: 'I65',
            registeredOn: '2018-03-01',
          },
        ],
        { today: '2026-11-01' },
      );
      const penalty = (number: string, sourceRow: number): NormalizedRecord => ({
        sourceRow,
        subjectUscc: uscc,
        subjectName: '鄂州丙科技有限公司',
        kind: 'administrative_penalty',
        naturalKey: `${number}|scjg`,
        departmentCode: 'scjg',
        status: 'active',
        occurredOn: '2026-05-20',
        endsOn: null,
        level: '一般',
        subtype: '罚款',
        grade: null,
        amount: 1.5,
        quantity: null,
        fields: {
          subject_name: '鄂州丙科技有限公司',
          subject_uscc: uscc,
          decision_number: number,
          penalty_category: '罚款',
          fine_amount: 1.5,
          decision_date: '2026-05-20',
        },
      });
      await commitBatch(
        db,
        {
          departmentCode: 'scjg',
          kind: 'administrative_penalty',
          fileName: 'scjg.json',
          fileHash: 'kill-decision',
          format: 'json',
          mode: 'all-or-nothing',
          operator: '测试',
        },
        [[penalty('华市监罚〔2026〕11号', 2), penalty('华市监罚〔2026〕12号', 3)]],
        () => ({ commit: true, totalRows: 2, rejectedRows: 0 }),
      );
      await ensurePublishedModel(handle.store);
      enterpriseId = (
        await db.selectFrom('enterprises').select('id').where('uscc', '=', uscc).executeTakeFirstOrThrow()
      ).id;
      await reevaluateEnterprises(db, [enterpriseId], { reason: 'test' });
      const records = await db
        .selectFrom('records')
        .select('id')
        .where('enterprise_id', '=', enterpriseId)
        .orderBy('id')
        .execute();
      recordId = records[0]!.id;
      // Two objections against the same record cannot be open at once: the second test files its own after the first.
      const filed = await fileObjection(db, {
        uscc,
        actor: uscc,
        recordId,
        reason: '该处罚已被行政复议撤销',
        attachments: [],
      });
      await decideObjection(db, { id: filed.id, action: 'accept', principal: REVIEWER });
      objections.push(filed.id);
      const other = await fileObjection(db, {
        uscc,
        actor: uscc,
        recordId: records[1]!.id,
        reason: '该处罚已被行政复议撤销',
        attachments: [],
      });
      await decideObjection(db, { id: other.id, action: 'accept', principal: REVIEWER });
      objections.push(other.id);
      env = { ...process.env, XINPING_DATA_DIR: dataDir, DATABASE_URL: '' };
      if (engine === 'postgres') {
        postgres = handle;
        env.DATABASE_URL = handle.databaseUrl;
      } else {
        // PGlite is one process's database: the children open it after this process lets go.
        await handle.store.close();
      }
    });
    after(async () => {
      await postgres?.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('killed after the record was rewritten but before the decision committed, the objection is still open and nothing of the decision is stored', async () => {
      const [objectionId] = objections;
      const before = await readState(objectionId!);
      assert.deepEqual([before.objection, before.record, before.revokedEvents], ['accepted', 'active', 0]);
      const run = await killDecisionAt(env, objectionId!, 'insert into record_versions');
      assert.equal(run.signal, 'SIGKILL', `the decision should have been killed mid-way; it printed: ${run.output}`);
      assert.deepEqual(await readState(objectionId!), before, 'the decision is wholly absent');
      const verify = await runXinping(env, ['audit', 'verify']);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      assert.match(verify.stdout, /审计链完整/);
    });

    test('killed during the re-evaluation that follows, the decision is wholly there and the enterprise can be evaluated again', async () => {
      const objectionId = objections[1]!;
      recordId = (
        await withStore(({ db }) =>
          db.selectFrom('objections').select('record_id').where('id', '=', objectionId).executeTakeFirstOrThrow(),
        )
      ).record_id!;
      const before = await readState(objectionId);
      const run = await killDecisionAt(env, objectionId, '"into":.{0,120}"name":"evaluations"');
      assert.equal(
        run.signal,
        'SIGKILL',
        `the re-evaluation should have been killed mid-way; it printed: ${run.output}`,
      );
      const afterKill = await readState(objectionId);
      assert.deepEqual(
        afterKill,
        {
          ...before,
          objection: 'revoked',
          record: 'revoked',
          versions: before.versions + 1,
          auditEvents: afterKill.auditEvents,
          revokedEvents: 1,
        },
        'the decision is wholly there, its re-evaluation not',
      );
      assert.ok(afterKill.auditEvents > before.auditEvents);
      const verify = await runXinping(env, ['audit', 'verify']);
      assert.equal(verify.code, 0, verify.stdout + verify.stderr);
      // The re-evaluation the kill cut short is caught up by the next one.
      const uscc = await withStore(({ db }) =>
        db.selectFrom('enterprises').select('uscc').where('id', '=', enterpriseId).executeTakeFirstOrThrow(),
      );
      const evaluated = await runXinping(env, ['evaluate', uscc.uscc, '--json']);
      assert.equal(evaluated.code, 0, evaluated.stderr);
      assert.equal((await readState(objectionId)).evaluations, before.evaluations + 1);
    });
  });
}
