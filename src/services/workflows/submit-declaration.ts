import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { SecretKey } from '../import/protect-personal.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { findEnterpriseByUscc } from './find-enterprise.ts';
import { categoryOfKind, normalizeDeclaredRecord, resolveDeclarableKind } from './normalize-declared-record.ts';
import { requireAttachments } from './store-attachment.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface SubmitDeclarationInput {
  uscc: string | null;
  actor: string;
  kind: string;
  /** Fields by the kind's Chinese headers, as in a department's file. */
  fields: Record<string, string | number | null>;
  attachments: string[];
}

/**
 * 自主申报 (001 §二(二)): an enterprise declares an honour, a qualification or other positive information with proof.
 * The fields are checked now with the importer's rules, so the reviewer only judges whether the claim is true.
 */
export async function submitDeclaration(
  db: Kysely<Database>,
  input: SubmitDeclarationInput,
  secretKey: SecretKey,
): Promise<{ id: number; state: string }> {
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  const kind = resolveDeclarableKind(input.kind);
  const record = normalizeDeclaredRecord(kind, enterprise, input.fields, { secretKey, today: todayInDistrict() });
  if (input.attachments.length === 0)
    throw new AppError('INVALID_INPUT', '字段“证明材料”：自主申报须附证明材料（PDF、JPG 或 PNG）');
  const category = categoryOfKind(kind);
  // Named by what was declared (the natural key's parts other than the enterprise's own code: name, date …).
  const declared = record.naturalKey.split('|').filter((part) => part !== '' && part !== enterprise.uscc);
  const title = `${kind.label}：${declared.join('，')}`;
  const messages: OutgoingMessage[] = [];
  const created = await db.transaction().execute(async (trx) => {
    const attachments = await requireAttachments(trx, input.attachments, {
      actor: input.actor,
      enterpriseId: enterprise.id,
    });
    const row = await trx
      .insertInto('declarations')
      .values({
        enterprise_id: enterprise.id,
        category,
        title,
        fields: JSON.stringify({ kind: kind.code, values: input.fields }),
        attachments,
        submitted_by: input.actor,
      })
      .returning(['id', 'state'])
      .executeTakeFirstOrThrow();
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'declaration.submitted',
      subjectType: 'declaration',
      subjectId: String(row.id),
      payload: { uscc: enterprise.uscc, kind: kind.code, naturalKey: record.naturalKey, attachments },
    });
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: enterprise.id,
        topic: 'declaration',
        title: '自主申报已提交',
        body: `您提交的自主申报“${title}”已收到。信用办将核对所附证明材料，审核结果会通过消息告知您。`,
        subjectType: 'declaration',
        subjectId: String(row.id),
      }),
    );
    return row;
  });
  await deliverMessages(messages);
  return created;
}
