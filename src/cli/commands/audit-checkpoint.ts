import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { printJson, type Command } from '../command.ts';
import { loadSigningKey } from '../../services/crypto/signing-key.ts';
import { makeAuditCheckpoint } from '../../services/audit/make-audit-checkpoint.ts';

/** `xinping audit checkpoint [--out FILE] [--json]`: today's signed checkpoint of the chain head, exported as JSON. */
export const auditCheckpointCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { out: { type: 'string' }, json: { type: 'boolean', default: false } },
    });
    const store = await context.store();
    const { checkpoint, isNew } = await makeAuditCheckpoint(store.db, loadSigningKey(context.config.dataDir));
    if (values.out) fs.writeFileSync(values.out, `${JSON.stringify(checkpoint, null, 2)}\n`);
    if (values.json) {
      printJson(context, checkpoint);
      return 0;
    }
    context.stdout.write(
      `${isNew ? '已签发' : '今天已签发过'}审计链检查点（${checkpoint.madeOn}）：序号 ${checkpoint.seq}，链头哈希 ${checkpoint.headHash}\n` +
        `签名算法 ${checkpoint.signatureAlgorithm}，公钥指纹 ${checkpoint.publicKeyFingerprint}\n` +
        (values.out
          ? `已写入 ${values.out}；日后用 xinping audit verify --expect-head ${values.out} 核对\n`
          : `核对：xinping audit verify --expect-head ${checkpoint.seq}:${checkpoint.headHash}\n`),
    );
    return 0;
  },
};
