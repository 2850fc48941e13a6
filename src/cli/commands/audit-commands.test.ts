import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { appendAuditEvent } from '../../services/audit/append-audit-event.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { auditListCommand } from './audit-list.ts';
import { auditVerifyCommand } from './audit-verify.ts';

/** Runs a command in-process against the test store and captures what it prints. */
async function run(
  command: Command,
  args: string[],
  store: Store,
): Promise<{ exit: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const sink = (key: 'stdout' | 'stderr') =>
    ({ write: (chunk: string) => ((output[key] += chunk), true) }) as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir: '' },
    store: async () => store,
    stdout: sink('stdout'),
    stderr: sink('stderr'),
  };
  const exit = await command.run(context);
  return { exit, ...output };
}

describeOnEachEngine('the audit commands', (store, _engine, owner) => {
  before(async () => {
    for (const [action, actor] of [
      ['enterprise.registered', '王科员'],
      ['uscc.legacy_accepted', '李科长'],
      ['enterprise.updated', '王科员'],
    ] as const) {
      await store()
        .db.transaction()
        .execute((trx) =>
          appendAuditEvent(trx, {
            actor,
            action,
            subjectType: 'enterprise',
            subjectId: '91420703MA4F1B2C3D',
            payload: { note: action },
          }),
        );
    }
  });

  test('audit list shows the newest events first with their Chinese action labels', async () => {
    const result = await run(auditListCommand, ['--limit', '2'], store());
    assert.equal(result.exit, 0);
    const lines = result.stdout.trim().split('\n');
    assert.equal(lines[0], '序号\t时间（北京时间）\t操作人\t动作\t对象\t摘要');
    assert.match(
      lines[1]!,
      /^3\t\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\t王科员\t企业信息已变更\tenterprise 91420703MA4F1B2C3D\t/,
    );
    assert.match(lines[2]!, /^2\t.*\t李科长\t历史代码已人工认可\t/);
    assert.equal(lines[3], '共 3 条记录，显示最新 2 条');
  });

  test('audit list --action keeps one action, and --json gives the total and the items', async () => {
    const result = await run(auditListCommand, ['--action', 'enterprise.registered', '--json'], store());
    const parsed = JSON.parse(result.stdout);
    assert.equal(parsed.total, 1);
    assert.deepEqual(
      parsed.items.map((item: { seq: number; actionLabel: string }) => [item.seq, item.actionLabel]),
      [[1, '企业已登记']],
    );
  });

  test('audit list refuses an unknown action and lists the known ones, in Chinese', async () => {
    await assert.rejects(run(auditListCommand, ['--action', 'record.deleted'], store()), {
      userMessage: /未知的审计动作“record.deleted”，可选：import.committed、/,
    });
    await assert.rejects(run(auditListCommand, ['--limit', '0'], store()), { userMessage: /--limit 应为正整数/ });
  });

  test('audit verify says the chain is intact, how many events it checked, and the head to note down', async () => {
    const result = await run(auditVerifyCommand, [], store());
    assert.equal(result.exit, 0);
    assert.match(result.stdout, /^审计链完整，共校验 3 条事件\n链头：序号 3，哈希 [0-9a-f]{64}\n$/);
    const json = JSON.parse((await run(auditVerifyCommand, ['--json'], store())).stdout);
    assert.deepEqual([json.ok, json.eventsChecked, json.head.seq], [true, 3, 3]);
  });

  test('audit verify names the tampered event and exits 1', async () => {
    await sql`alter table audit_events disable trigger user`.execute(owner().db);
    await sql`update audit_events set actor = '张三' where seq = 2`.execute(owner().db);
    await sql`alter table audit_events enable trigger user`.execute(owner().db);
    const result = await run(auditVerifyCommand, [], store());
    assert.equal(result.exit, 1);
    assert.equal(result.stdout, '审计链校验未通过：序号 2 的事件被篡改（内容与其哈希不符）\n已校验 2 条事件\n');
    const json = JSON.parse((await run(auditVerifyCommand, ['--json'], store())).stdout);
    assert.deepEqual([json.ok, json.problem.seq, json.problem.kind], [false, 2, 'altered']);
  });
});
