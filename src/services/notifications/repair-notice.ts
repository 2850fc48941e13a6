import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import type { Database } from '../../store/database.ts';
import { findEnterpriseRefById } from '../../store/enterprise.repository.ts';
import { findRepairNoticeRow, listRepairNoticeIds } from '../../store/repair-notice.repository.ts';
import { loadReportProfile } from '../report/report-profile.ts';
import { loadWorkflowDeadlines } from '../workflows/workflow-settings.ts';
import { districtDateOf } from '../../domain/district-date.ts';

/** A 信用修复提示函 as the enterprise reads it (issued with a negative record, "两书同达", 003 §一(五)). */
export interface RepairNotice {
  id: number;
  /** 提示函编号. */
  number: string;
  recordId: number;
  uscc: string;
  enterpriseName: string;
  kindLabel: string;
  department: string;
  decisionNumber: string | null;
  decidedOn: string;
  repairableFrom: string;
  publicUntil: string | null;
  basis: string;
  issuedOn: string;
  reviewWorkingDays: number;
  platform: string;
}

export function repairNoticeNumber(id: number, issuedOn: string): string {
  return `XP-XFTS-${issuedOn.slice(0, 4)}-${String(id).padStart(8, '0')}`;
}

/** One notice, or NOT_FOUND. The caller checks who may see it (the enterprise it was issued to, reviewers). */
export async function findRepairNotice(db: Kysely<Database>, id: number): Promise<RepairNotice> {
  const row = await findRepairNoticeRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${id} 的信用修复提示函`);
  const enterprise = await findEnterpriseRefById(db, row.enterprise_id);
  const catalog = loadCatalog();
  // Issued on the China date of issue.
  const issuedOn = districtDateOf(row.issued_at);
  return {
    id: row.id,
    number: repairNoticeNumber(row.id, issuedOn),
    recordId: row.record_id,
    uscc: enterprise.uscc,
    enterpriseName: enterprise.name,
    kindLabel: catalog.kind(row.kind)?.label ?? row.kind,
    department: catalog.department(row.department_code)?.name ?? row.department_code,
    decisionNumber: row.decision_number,
    decidedOn: row.decided_on,
    repairableFrom: row.repairable_from,
    publicUntil: row.public_until,
    basis: row.basis,
    issuedOn,
    reviewWorkingDays: loadWorkflowDeadlines().repairReviewWorkingDays,
    platform: loadReportProfile().issuer.platform,
  };
}

/** The enterprise's notices, newest first. */
export async function listRepairNotices(db: Kysely<Database>, enterpriseId: number): Promise<RepairNotice[]> {
  const ids = await listRepairNoticeIds(db, enterpriseId, 200);
  return Promise.all(ids.map((id) => findRepairNotice(db, id)));
}
