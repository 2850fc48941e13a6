import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { COMMITMENT_TYPES, type CommitmentType } from '../../domain/workflows/commitment-workflow.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { findEnterpriseByUscc, type EnterpriseRef } from './find-enterprise.ts';
import { loadCommitmentList } from './workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

export interface SignCommitmentInput {
  uscc: string | null;
  actor: string;
  commitmentType: string;
  /** The department the commitment is made to (it will check it). */
  departmentCode: string;
  /** For 审批替代型: the item of the 信用承诺清单 it replaces materials for. */
  itemCode?: string | null;
}

/** The current text of a commitment type, with the version and digest a signature pins (catalog/commitment-list.yaml). */
export function commitmentText(type: CommitmentType): { version: string; text: string; digest: string } {
  const found = loadCommitmentList().texts.find((text) => text.type === type);
  if (!found) throw new AppError('INTERNAL', `catalog/commitment-list.yaml 缺少“${type}”承诺书文本`);
  return { version: found.version, text: found.text, digest: createHash('sha256').update(found.text).digest('hex') };
}

/** Inserts a signed commitment inside a transaction (also used by a repair application for its 修复型 commitment). */
export async function insertCommitment(
  trx: Transaction<Database>,
  enterprise: EnterpriseRef,
  input: { actor: string; commitmentType: CommitmentType; departmentCode: string; itemCode: string | null },
): Promise<number> {
  const text = commitmentText(input.commitmentType);
  const { id } = await trx
    .insertInto('commitments')
    .values({
      enterprise_id: enterprise.id,
      commitment_type: input.commitmentType,
      item_code: input.itemCode,
      department_code: input.departmentCode,
      text_version: text.version,
      text_digest: text.digest,
      signed_by: input.actor,
      signed_on: todayInDistrict(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAuditEvent(trx, {
    actor: input.actor,
    action: 'commitment.signed',
    subjectType: 'commitment',
    subjectId: String(id),
    payload: {
      uscc: enterprise.uscc,
      commitmentType: input.commitmentType,
      departmentCode: input.departmentCode,
      itemCode: input.itemCode,
      textVersion: text.version,
      textDigest: text.digest,
    },
  });
  return id;
}

/**
 * 信用承诺 (000 §二(五)): an enterprise signs a commitment of one of the four types (DOMAIN.md §6) to a department;
 * the text version it signed is pinned, so a later change of the text does not change what it promised.
 */
export async function signCommitment(
  db: Kysely<Database>,
  input: SignCommitmentInput,
): Promise<{ id: number; state: string; textVersion: string }> {
  const enterprise = await findEnterpriseByUscc(db, input.uscc);
  if (!(COMMITMENT_TYPES as readonly string[]).includes(input.commitmentType)) {
    throw new AppError(
      'INVALID_INPUT',
      `字段“承诺类型”：“${input.commitmentType}”不是承诺类型（可选：${COMMITMENT_TYPES.join('、')}）`,
    );
  }
  const type = input.commitmentType as CommitmentType;
  if (!loadCatalog().department(input.departmentCode))
    throw new AppError('INVALID_INPUT', `字段“承诺对象部门”：未知部门“${input.departmentCode}”`);
  const itemCode = input.itemCode ?? null;
  if (type === '审批替代型') {
    const item = loadCommitmentList().items.find((candidate) => candidate.code === itemCode);
    if (!item)
      throw new AppError(
        'INVALID_INPUT',
        `字段“承诺办理的事项”：审批替代型承诺须指定信用承诺清单中的事项，“${itemCode ?? ''}”不在清单中（涉及生命财产安全的事项不实行承诺制）`,
      );
    if (item.department !== input.departmentCode)
      throw new AppError('INVALID_INPUT', `字段“承诺对象部门”：事项“${item.name}”由 ${item.department} 办理`);
  }
  if (type === '修复型') throw new AppError('INVALID_INPUT', '修复型承诺随信用修复申请一并作出，请提交信用修复申请');
  const messages: OutgoingMessage[] = [];
  const id = await db.transaction().execute(async (trx) => {
    const created = await insertCommitment(trx, enterprise, {
      actor: input.actor,
      commitmentType: type,
      departmentCode: input.departmentCode,
      itemCode,
    });
    messages.push(
      await notifyEnterprise(trx, {
        enterpriseId: enterprise.id,
        topic: 'commitment',
        title: '信用承诺已作出',
        body: `您已作出${type}信用承诺（文本版本 ${commitmentText(type).version}），请按承诺履行。`,
        subjectType: 'commitment',
        subjectId: String(created),
      }),
    );
    return created;
  });
  await deliverMessages(messages);
  return { id, state: 'signed', textVersion: commitmentText(type).version };
}
