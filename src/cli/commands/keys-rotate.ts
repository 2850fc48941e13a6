import { parseArgs } from 'node:util';
import { printJson, type Command } from '../command.ts';
import { appendAuditEvent } from '../../services/audit/append-audit-event.ts';
import { addDataKeyFile } from '../../services/crypto/data-cipher.ts';
import { recordCryptoChoice } from '../../services/crypto/record-crypto-choice.ts';
import { reencryptFiles } from '../../services/crypto/reencrypt-files.ts';
import { reencryptImportFiles } from '../../services/crypto/reencrypt-import-files.ts';
import { reencryptStoredValues } from '../../services/crypto/reencrypt-stored-values.ts';
import { loadSecretKey } from '../../services/import/protect-personal.ts';

const CLI_ACTOR = '命令行';

/**
 * Rotates the data encryption key: adds `<dataDir>/keys/sm4-<n+1>.key`, which becomes current; older
 * keys stay for reading. With --reencrypt, files (in the data directory and in the store) and single-value ciphers
 * are rewritten under the new key.
 */
export const keysRotateCommand: Command = {
  async run(context) {
    const { values } = parseArgs({
      args: context.args,
      options: { reencrypt: { type: 'boolean', default: false }, json: { type: 'boolean', default: false } },
    });
    const { dataDir } = context.config;
    const keyId = addDataKeyFile(dataDir);
    const key = loadSecretKey(dataDir);
    const store = await context.store();
    await store.db.transaction().execute((trx) =>
      appendAuditEvent(trx, {
        actor: CLI_ACTOR,
        action: 'crypto.key_rotated',
        subjectType: 'platform',
        subjectId: 'data-encryption',
        payload: { keyId },
      }),
    );
    await recordCryptoChoice(store.db, key.ring, CLI_ACTOR);
    const out = context.stdout;
    // XINPING_DATA_KEY wins over the key files: the new file key is only read until the variable is changed too.
    if (key.ring.current.id !== keyId && !values.json)
      out.write(`已新增密钥 ${keyId}，但当前密钥仍为环境变量 XINPING_DATA_KEY 指定的 ${key.ring.current.id}\n`);
    let reencrypted: { files: number; values: number } | null = null;
    if (values.reencrypt) {
      const files = reencryptFiles(dataDir, key.ring, (done) => context.stderr.write(`  已检查 ${done} 个文件\n`));
      const importFiles = await reencryptImportFiles(store.db, key.ring);
      const stored = await reencryptStoredValues(store.db, key);
      reencrypted = { files: files.rewritten + importFiles.rewritten, values: stored.rewritten };
      await store.db.transaction().execute((trx) =>
        appendAuditEvent(trx, {
          actor: CLI_ACTOR,
          action: 'crypto.reencrypted',
          subjectType: 'platform',
          subjectId: 'data-encryption',
          payload: { keyId: key.ring.current.id, ...reencrypted },
        }),
      );
    }
    if (values.json) {
      printJson(context, { keyId, currentKeyId: key.ring.current.id, algorithm: key.ring.algorithm, reencrypted });
      return 0;
    }
    out.write(
      `数据加密密钥已轮换：新密钥编号 ${keyId}(${key.ring.algorithm === 'sm4' ? 'SM4' : 'AES-256'})，旧密钥保留用于解密\n`,
    );
    if (reencrypted) out.write(`已用当前密钥重新加密 ${reencrypted.files} 个文件、${reencrypted.values} 项个人信息\n`);
    return 0;
  },
};
