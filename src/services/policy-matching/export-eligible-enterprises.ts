import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { writeListXlsx } from '../grade-use/write-list-xlsx.ts';
import { findEligibleEnterprises, type EligibleList } from './find-eligible-enterprises.ts';

const ELIGIBLE_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '信用等级',
  '符合依据',
  '首次符合日期',
  '本次符合起始日期',
  '通知日期',
];

/**
 * The whole list of enterprises a policy finds eligible on a day, as .xlsx (003 §四(二) 免申即享). The list goes to
 * whoever pays the benefit out, so who took which list is audited (`policy.list_exported`), as for other pushed lists.
 */
export async function exportEligibleEnterprises(
  db: Kysely<Database>,
  input: { code: string; asOf: string; actor: string },
): Promise<{ list: EligibleList; file: Buffer }> {
  const list = await findEligibleEnterprises(db, input.code, { asOf: input.asOf, limit: null });
  const rows = list.items.map((item) => [
    item.uscc,
    item.name,
    item.grade,
    item.reasons.join('；'),
    item.firstSeenOn,
    item.eligibleSince,
    item.notifiedOn,
  ]);
  const file = await writeListXlsx('符合条件企业', ELIGIBLE_HEADERS, rows);
  await db.transaction().execute((trx) =>
    appendAuditEvent(trx, {
      actor: input.actor,
      action: 'policy.list_exported',
      subjectType: 'policy',
      subjectId: list.policy.code,
      payload: { asOf: input.asOf, enterprises: list.total },
    }),
  );
  return { list, file };
}
