import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { printJson, type Command } from '../command.ts';
import { verifyReportSignature } from '../../services/report/verify-report-signature.ts';

/** `xinping report verify FILE [--public-key PEM]`: checks a report's signature offline, without the database. */
export const reportVerifyCommand: Command = {
  async run(context) {
    const { values, positionals } = parseArgs({
      args: context.args,
      options: { 'public-key': { type: 'string' }, json: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) {
      context.stderr.write(`请给出一个报告文件（PDF 或 JSON）\n用法： xinping ${context.usage}\n`);
      return 2;
    }
    const trusted = values['public-key'] ? fs.readFileSync(values['public-key'], 'utf8') : undefined;
    const check = verifyReportSignature(fs.readFileSync(positionals[0]!), trusted);
    if (values.json) {
      printJson(context, {
        isValid: check.isValid,
        reason: check.reason,
        publicKeyFingerprint: check.publicKeyFingerprint,
        isTrustedKey: check.isTrustedKey,
        facts: check.signature.facts,
        algorithm: check.signature.algorithm,
      });
      return check.isValid ? 0 : 1;
    }
    const { facts } = check.signature;
    if (!check.isValid) {
      context.stdout.write(`报告签名核验未通过：${check.reason}\n`);
      return 1;
    }
    context.stdout.write(
      `报告签名有效（${check.signature.algorithm === 'sm2-sm3' ? 'SM2/SM3' : 'ECDSA P-256/SHA-256'}）：报告 ${facts.number}，${facts.enterpriseName}（${facts.uscc}），` +
        `信用等级 ${facts.grade} 级，得分 ${facts.score}，评价基准日 ${facts.asOf}，签发日期 ${facts.issuedOn}\n` +
        (check.isTrustedKey
          ? `签名公钥与所给平台公钥一致（指纹 ${check.publicKeyFingerprint}）\n`
          : `签名公钥指纹 ${check.publicKeyFingerprint}：请与平台公示的公钥指纹核对，或用 --public-key 指定平台公钥\n`),
    );
    return 0;
  },
};
