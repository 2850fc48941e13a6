import { parseArgs } from 'node:util';
import { printJson, type Command } from '../command.ts';
import { verifyAuditChain } from '../../services/audit/verify-audit-chain.ts';

export const auditVerifyCommand: Command = {
  name: ['audit', 'verify'],
  summary: '校验审计链,报告第一条被篡改或删除的事件',
  usage: 'audit verify [--json]',
  async run(context) {
    const { values } = parseArgs({ args: context.args, options: { json: { type: 'boolean', default: false } } });
    const store = await context.store();
    const result = await verifyAuditChain(store.db);
    if (values.json) {
      printJson(context, result);
    } else if (result.ok) {
      context.stdout.write(`审计链完整,共校验 ${result.eventsChecked} 条事件\n`);
      // The head hash is what an operator writes down (or publishes) to anchor the trail outside this database.
      if (result.head) context.stdout.write(`链头:序号 ${result.head.seq},哈希 ${result.head.hash}\n`);
    } else {
      context.stdout.write(`审计链校验未通过:${result.problem!.reason}\n已校验 ${result.eventsChecked} 条事件\n`);
    }
    return result.ok ? 0 : 1;
  },
};
