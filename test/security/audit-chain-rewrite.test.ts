import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/store/database.ts';
import type { CommandContext } from '../../src/cli/command.ts';
import { auditCheckpointCommand } from '../../src/cli/commands/audit-checkpoint.ts';
import { auditVerifyCommand } from '../../src/cli/commands/audit-verify.ts';
import { appendAuditEvent, hashAuditEvent } from '../../src/services/audit/append-audit-event.ts';
import type { HashAlgorithm } from '../../src/services/crypto/crypto-suite.ts';
import { createTestStore, engines, type TestStore } from '../support/stores.ts';

async function runCommand(
  command: typeof auditVerifyCommand,
  args: string[],
  handle: TestStore,
  dataDir: string,
): Promise<{ exit: number; stdout: string }> {
  let stdout = '';
  const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir },
    store: async () => handle.store,
    stdout: sink,
    stderr: sink,
  };
  return { exit: await command.run(context), stdout };
}

async function appendEvents(db: Kysely<Database>, actors: string[]): Promise<void> {
  for (const actor of actors) {
    await db.transaction().execute((trx) =>
      appendAuditEvent(trx, {
        actor,
        action: 'enterprise.updated',
        subjectType: 'enterprise',
        subjectId: '91420703MA4F1B2C3D',
        payload: { field: 'tiers' },
      }),
    );
  }
}

/**
 * What a database administrator could do: triggers off, events from `fromSeq` on rewritten (or the chain cut after
 * `keepUpTo`) with every hash recomputed and the head moved to match, triggers on. The result is a valid chain.
 */
async function rewriteChain(
  owner: Kysely<Database>,
  change: { fromSeq: number; actor?: string; keepUpTo?: number },
): Promise<void> {
  await sql`alter table audit_events disable trigger user`.execute(owner);
  await sql`alter table audit_heads disable trigger user`.execute(owner);
  if (change.keepUpTo !== undefined) await sql`delete from audit_events where seq > ${change.keepUpTo}`.execute(owner);
  const rows = await owner.selectFrom('audit_events').selectAll().orderBy('seq').execute();
  let prevHash = '0'.repeat(64);
  for (const row of rows) {
    const actor = row.seq === change.fromSeq && change.actor ? change.actor : row.actor;
    const event = {
      seq: row.seq,
      occurredAt: new Date(row.occurred_at).toISOString(),
      actor,
      action: row.action as never,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      payload: row.payload as Record<string, unknown>,
    };
    const hash = hashAuditEvent(prevHash, event, row.hash_algorithm as HashAlgorithm);
    await owner
      .updateTable('audit_events')
      .set({ actor, prev_hash: prevHash, hash })
      .where('seq', '=', row.seq)
      .execute();
    prevHash = hash;
  }
  await owner
    .updateTable('audit_heads')
    .set({ seq: rows.at(-1)!.seq, hash: prevHash })
    .where('id', '=', 1)
    .execute();
  await sql`alter table audit_heads enable trigger user`.execute(owner);
  await sql`alter table audit_events enable trigger user`.execute(owner);
}

for (const engine of engines()) {
  describe(`a rewritten audit chain against its published checkpoint [${engine}]`, () => {
    let handle: TestStore;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-checkpoint-'));
    const checkpointFile = path.join(dataDir, 'checkpoint.json');
    before(async () => {
      handle = await createTestStore(engine);
      await appendEvents(handle.store.db, ['王科员', '李科长', '王科员']);
    });
    after(async () => handle?.drop());

    test('audit checkpoint signs the head with SM2 and exports a file audit verify accepts', async () => {
      const made = await runCommand(auditCheckpointCommand, ['--out', checkpointFile], handle, dataDir);
      assert.equal(made.exit, 0, made.stdout);
      const checkpoint = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
      assert.deepEqual(
        [checkpoint.seq, checkpoint.hashAlgorithm, checkpoint.signatureAlgorithm],
        [3, 'sm3', 'sm2-sm3'],
      );
      assert.ok(fs.existsSync(path.join(dataDir, 'keys', 'sm2-signing.pem')));
      await appendEvents(handle.store.db, ['张科员']);
      const verified = await runCommand(auditVerifyCommand, ['--expect-head', checkpointFile], handle, dataDir);
      assert.equal(verified.exit, 0, verified.stdout);
      assert.match(verified.stdout, /^审计链完整，共校验 5 条事件，包含全部 1 个所核对的链头\n/);
    });

    test('a chain rewritten with every hash recomputed verifies on its own but fails --expect-head with the checkpoint', async () => {
      await rewriteChain(handle.owner.db, { fromSeq: 2, actor: '冒名' });
      const alone = await runCommand(auditVerifyCommand, [], handle, dataDir);
      assert.equal(alone.exit, 0, 'the rewrite is internally consistent: without an anchor nothing shows');
      const anchored = await runCommand(auditVerifyCommand, ['--expect-head', checkpointFile], handle, dataDir);
      assert.equal(anchored.exit, 1);
      assert.match(
        anchored.stdout,
        /审计链校验未通过：审计链已不包含检查点所记的链头（序号 3 的哈希应为 [0-9a-f]{64}，现为 [0-9a-f]{64}）/,
      );
      const checkpoint = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
      const noted = await runCommand(
        auditVerifyCommand,
        ['--expect-head', `${checkpoint.seq}:${checkpoint.headHash}`],
        handle,
        dataDir,
      );
      assert.equal(noted.exit, 1);
    });

    test('a chain cut before the checkpoint (head rolled back as the owner) fails --expect-head', async () => {
      await rewriteChain(handle.owner.db, { fromSeq: 0, keepUpTo: 2 });
      assert.equal((await runCommand(auditVerifyCommand, [], handle, dataDir)).exit, 0);
      const anchored = await runCommand(auditVerifyCommand, ['--expect-head', checkpointFile], handle, dataDir);
      assert.equal(anchored.exit, 1);
      assert.match(
        anchored.stdout,
        /审计链已不包含检查点所记的链头（序号 3），现存最后一条为序号 2：审计链被截短或改写过/,
      );
    });

    test('a checkpoint file whose head was edited is refused for its signature', async () => {
      const checkpoint = JSON.parse(fs.readFileSync(checkpointFile, 'utf8'));
      const forged = path.join(dataDir, 'forged.json');
      fs.writeFileSync(forged, JSON.stringify({ ...checkpoint, seq: 2 }));
      await assert.rejects(runCommand(auditVerifyCommand, ['--expect-head', forged], handle, dataDir), {
        userMessage: /检查点（序号 2,.*）的签名无效/,
      });
    });
  });
}
