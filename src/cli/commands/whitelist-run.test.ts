import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../../services/enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { inventionPatentRecord, sendRecords } from '../../services/evaluation/evaluation-test-support.ts';
import type { Store } from '../../store/connect.ts';
import type { CommandContext } from '../command.ts';
import { whitelistRunCommand } from './whitelist-run.ts';

async function run(store: Store, args: string[]) {
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
  const exit = await whitelistRunCommand.run(context);
  return { exit, ...output };
}

describeOnEachEngine('xinping whitelist run', (current) => {
  const uscc = makeUscc(`91420703${makeOrganizationCode('MA4W0201')}`);
  before(async () => {
    await registerEnterprises(
      current().db,
      '测试',
      [
        {
          uscc,
          name: '鄂州华容专利科技有限公司',
          legalRepresentative: null,
          status: '存续',
          industryCode: 'I65',
          registeredOn: '2018-01-01',
        },
      ],
      { today: '2026-11-01' },
    );
    await ensurePublishedModel(current());
    await sendRecords(current().db, [inventionPatentRecord(uscc, 'ZL202210000009.1')]);
  });

  test('on the month’s day it generates and says so in Chinese; run again it only reviews', async () => {
    const first = await run(current(), ['--as-of', '2026-11-06']);
    assert.equal(first.exit, 0);
    assert.match(first.stdout, /已生成第 1 期名单（基准日 2026-11-06，定期生成）：入选 1 家/);
    assert.match(first.stdout, /没有金融机构订阅“推送名单更新”，本期未推送/);
    const second = await run(current(), ['--as-of', '2026-11-06', '--json']);
    const outcome = JSON.parse(second.stdout);
    assert.deepEqual([outcome.action, outcome.created], ['reviewed', false]);
  });

  test('--force generates a list whatever the schedule says, and a future date is refused', async () => {
    const forced = await run(current(), ['--as-of', '2026-11-02', '--force', '--operator', '信用办张三']);
    assert.match(forced.stdout, /已生成第 2 期名单（基准日 2026-11-02，手动生成）/);
    const audit = await current()
      .db.selectFrom('audit_events')
      .select('actor')
      .where('action', '=', 'whitelist.generated')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, '信用办张三');
    await assert.rejects(run(current(), ['--as-of', '2999-01-01']), {
      code: 'INVALID_INPUT',
      userMessage: /字段“名单基准日”：日期 2999-01-01 晚于今天/,
    });
  });
});
