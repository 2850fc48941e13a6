import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { createSecretKey } from '../../services/import/protect-personal.ts';
import { fileRequest } from '../../services/requests/file-request.ts';
import type { Store } from '../../store/connect.ts';
import type { Command, CommandContext } from '../command.ts';
import { requestEscalateCommand } from './request-escalate.ts';
import { taskBulletinCommand } from './task-bulletin.ts';
import { taskRemindCommand } from './task-remind.ts';

async function run(command: Command, args: string[], store: Store): Promise<{ exit: number; stdout: string }> {
  let stdout = '';
  const sink = { write: (chunk: string) => ((stdout += chunk), true) } as unknown as NodeJS.WritableStream;
  const context: CommandContext = {
    args,
    usage: '',
    config: { dataDir: '' },
    store: async () => store,
    stdout: sink,
    stderr: sink,
  };
  return { exit: await command.run(context), stdout };
}

describeOnEachEngine('the request and reform task commands', (store) => {
  test('request escalate marks the overdue cases of a date once and says which', async () => {
    const key = createSecretKey(Buffer.alloc(32, 1));
    const filed = await fileRequest(
      store().db,
      {
        requestType: 'complaint',
        category: 'utilities',
        title: '园区停电',
        body: '本月停电三次',
        phone: '13900001111',
        actor: '访客',
      },
      () => key,
      { today: '2026-03-02' },
    );
    const first = await run(requestEscalateCommand, ['--date', '2026-03-10'], store());
    assert.equal(first.exit, 0);
    assert.equal(
      first.stdout,
      `督办检查（2026-03-10）：新督办 1 件，发出提醒 2 条\n  诉求 ${filed.id}（${filed.trackingCode}）承办部门 power，答复时限 2026-03-09\n`,
    );
    const again = JSON.parse((await run(requestEscalateCommand, ['--date', '2026-03-10', '--json'], store())).stdout);
    assert.deepEqual([again.escalated, again.messages], [[], 0]);
    await assert.rejects(run(requestEscalateCommand, ['--date', '2026-02-30'], store()), {
      userMessage: '--date 应为 YYYY-MM-DD 格式的有效日期，实际为“2026-02-30”',
    });
  });

  test('task remind tells the lead units of near and late tasks, and task bulletin writes the bulletin of a date as PDF or HTML', async () => {
    const remind = await run(taskRemindCommand, ['--date', '2024-06-05'], store());
    assert.equal(
      remind.stdout,
      '重点任务提醒（2024-06-05）：临期 3 项，逾期 2 项，新发提醒 5 条\n  临期：000-04、000-05、000-06\n  逾期：000-01、000-02\n',
    );
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-bulletin-'));
    try {
      const pdfFile = path.join(directory, '通报.pdf');
      const pdf = await run(taskBulletinCommand, ['--out', pdfFile, '--date', '2024-06-20'], store());
      assert.equal(
        pdf.stdout,
        `已生成截至 2024-06-20 的重点任务推进情况通报：${pdfFile}（逾期 5 项，临期 1 项，已完成 0 项）\n`,
      );
      assert.equal(fs.readFileSync(pdfFile).subarray(0, 5).toString('latin1'), '%PDF-');
      const htmlFile = path.join(directory, '通报.html');
      await run(taskBulletinCommand, ['--out', htmlFile, '--date', '2024-06-20', '--list', '001'], store());
      assert.match(fs.readFileSync(htmlFile, 'utf8'), /《华容区健全信用评价创新试点重点任务清单》共 18 项/);
      await assert.rejects(run(taskBulletinCommand, ['--out', path.join(directory, '通报.docx')], store()), {
        userMessage: '--out 的扩展名应为 .pdf 或 .html，实际为“.docx”',
      });
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
