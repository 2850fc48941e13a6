import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { listCurrentGrades } from '../../store/evaluation.repository.ts';
import { verifyAuditChain } from '../audit/verify-audit-chain.ts';

/** What a backup must reproduce exactly: the verified audit chain's head and every enterprise's current grade. */
export interface StoreFigures {
  /** `audit verify` passed; its head (null: no event yet). */
  auditOk: boolean;
  auditProblem?: string;
  auditHead: { seq: number; hash: string } | null;
  /** Enterprises with a current grade, and a SHA-256 over (USCC, grade, score, as-of) of each, in USCC order. */
  gradedEnterprises: number;
  gradesDigest: string;
}

export async function readStoreFigures(db: Kysely<Database>): Promise<StoreFigures> {
  const audit = await verifyAuditChain(db);
  const rows = await listCurrentGrades(db);
  const hash = createHash('sha256');
  for (const row of rows) hash.update(`${row.uscc}\t${row.grade}\t${Number(row.score)}\t${row.as_of}\n`);
  return {
    auditOk: audit.ok,
    auditProblem: audit.problem?.reason,
    auditHead: audit.head,
    gradedEnterprises: rows.length,
    gradesDigest: hash.digest('hex'),
  };
}

/** Why two stores' figures differ, in Chinese; empty when the copy is identical. */
export function compareStoreFigures(original: StoreFigures, copy: StoreFigures): string[] {
  const problems: string[] = [];
  if (!copy.auditOk) problems.push(`副本的审计链校验未通过：${copy.auditProblem ?? ''}`);
  const head = (figures: StoreFigures) =>
    figures.auditHead ? `序号 ${figures.auditHead.seq}，哈希 ${figures.auditHead.hash}` : '无事件';
  if (head(original) !== head(copy)) problems.push(`审计链链头不同：原库 ${head(original)}，副本 ${head(copy)}`);
  if (original.gradesDigest !== copy.gradesDigest)
    problems.push(
      `当前信用等级不同：原库 ${original.gradedEnterprises} 家企业，副本 ${copy.gradedEnterprises} 家，摘要不一致`,
    );
  return problems;
}
