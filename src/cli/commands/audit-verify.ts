import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { AppError } from '../../domain/app-error.ts';
import { printJson, type Command } from '../command.ts';
import { parseCheckpoint } from '../../services/audit/audit-checkpoint.ts';
import { verifyAuditChain, type ExpectedHead } from '../../services/audit/verify-audit-chain.ts';

/** `--expect-head SEQ:HASH` as noted down, or a checkpoint file (its signature checked first). */
function readExpectedHead(value: string, trustedFingerprint: string | undefined): ExpectedHead {
  const noted = /^(\d+):([0-9a-fA-F]{64})$/.exec(value.trim());
  if (noted) return { seq: Number(noted[1]), hash: noted[2]!.toLowerCase() };
  if (!fs.existsSync(value))
    throw new AppError(
      'INVALID_INPUT',
      `--expect-head 应为“序号：哈希”（64 位十六进制）或检查点文件，“${value}”两者都不是`,
    );
  const checkpoint = parseCheckpoint(fs.readFileSync(value, 'utf8'), trustedFingerprint);
  return { seq: checkpoint.seq, hash: checkpoint.headHash };
}

export const auditVerifyCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: {
        json: { type: 'boolean', default: false },
        'expect-head': { type: 'string', multiple: true },
        'key-fingerprint': { type: 'string' },
      },
    });
    const expectHeads = (values['expect-head'] ?? []).map((value) =>
      readExpectedHead(value, values['key-fingerprint']),
    );
    const store = await context.store();
    const result = await verifyAuditChain(store.db, { expectHeads });
    if (values.json) {
      printJson(context, result);
    } else if (result.ok) {
      context.stdout.write(
        `审计链完整，共校验 ${result.eventsChecked} 条事件${expectHeads.length > 0 ? `，包含全部 ${expectHeads.length} 个所核对的链头` : ''}\n`,
      );
      // The head hash is what an operator writes down (or publishes) to anchor the trail outside this database.
      if (result.head) context.stdout.write(`链头：序号 ${result.head.seq}，哈希 ${result.head.hash}\n`);
    } else {
      context.stdout.write(`审计链校验未通过：${result.problem!.reason}\n已校验 ${result.eventsChecked} 条事件\n`);
    }
    return result.ok ? 0 : 1;
  },
};
