import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { regionNameOf } from '../../catalog/credit-index.ts';
import { maskPersonName } from '../../domain/masking.ts';
import { loadUsccAuthorities } from '../../catalog/uscc-authorities.ts';
import { describeUsccEntity, normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { industryLabelOf, tierLabelsOf } from './enterprise-labels.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import {
  requireEnterprise,
  findLegacyAcceptances,
  findRecordsOfEnterprise,
  type EnterpriseRecordRow,
} from '../../store/enterprise.repository.ts';

/** An enterprise as shown outside the department that owns its personal data: every personal value masked. */
export interface EnterpriseView {
  id: number;
  uscc: string;
  /** 登记管理部门 and 机构类别 the code states (GB 32100-2015 附录A), when the code is well-formed. */
  entity_type: { authority: string; entityType: string } | null;
  name: string;
  /** Masked (张*明). */
  legal_representative: string | null;
  industry_code: string | null;
  industry_label: string | null;
  region_code: string | null;
  /** The region's name (catalog/credit-index.yaml `region_labels`), null when the catalog does not list it. */
  region_label: string | null;
  registered_on: string | null;
  status: string;
  tiers: string[];
  tier_labels: string[];
  incubator_code: string | null;
  incubator_name: string | null;
  uscc_warning: string | null;
  legacy_acceptance: { reason: string; accepted_by: string; accepted_at: Date } | null;
  /** registry, or import when only a department's record has named it so far. */
  source: string;
  /** Null until evaluations exist. */
  grade: string | null;
  records: EnterpriseRecordRow[];
}

// Fields that name a person without being marked personal in the catalog (the legal representative is published
// by the registry, but shown masked outside the owning department all the same).
const PERSON_NAME_FIELDS = new Set(['legal_representative']);
const HIDDEN = '******';

/**
 * Record fields as anyone outside the owning department may see them: a protected personal value `{ masked, cipher }`
 * shows only `masked`; a personal value stored unprotected is hidden altogether; a person's name is masked.
 */
export function maskRecordFields(kind: string, fields: Record<string, unknown>): Record<string, unknown> {
  const personal = new Set(
    loadCatalog()
      .kind(kind)
      ?.fields.filter((field) => field.personal)
      .map((field) => field.key),
  );
  const shown: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && typeof value === 'object' && 'masked' in value)
      shown[key] = (value as { masked: unknown }).masked;
    else if (personal.has(key) && value !== null && value !== '') shown[key] = HIDDEN;
    else if (PERSON_NAME_FIELDS.has(key) && typeof value === 'string') shown[key] = maskPersonName(value);
    else shown[key] = value;
  }
  return shown;
}

/** The enterprise with every current record, personal data masked. */
export async function showEnterprise(db: Kysely<Database>, uscc: string): Promise<EnterpriseView> {
  const code = normalizeUscc(uscc);
  const row = await requireEnterprise(db, code || uscc);
  const catalog = loadCatalog();
  const acceptance = (await findLegacyAcceptances(db, [row.uscc])).get(row.uscc);
  const records = await findRecordsOfEnterprise(db, row.id);
  const current = (await findCurrentGrades(db, [row.id])).get(row.id);
  return {
    id: row.id,
    uscc: row.uscc,
    entity_type: describeUsccEntity(row.uscc, loadUsccAuthorities()) ?? null,
    name: row.name,
    legal_representative: row.legal_representative === null ? null : maskPersonName(row.legal_representative),
    industry_code: row.industry_code,
    industry_label: industryLabelOf(row.industry_code, catalog),
    region_code: row.region_code,
    region_label: regionNameOf(row.region_code),
    registered_on: row.registered_on,
    status: row.status,
    tiers: row.tiers,
    tier_labels: tierLabelsOf(row.tiers, catalog),
    incubator_code: row.incubator_code,
    incubator_name: catalog.incubators.find((incubator) => incubator.code === row.incubator_code)?.name ?? null,
    uscc_warning: row.uscc_warning,
    legacy_acceptance: acceptance
      ? { reason: acceptance.reason, accepted_by: acceptance.accepted_by, accepted_at: acceptance.accepted_at }
      : null,
    source: row.source,
    grade: current?.grade ?? null,
    records: records.map((record) => ({ ...record, fields: maskRecordFields(record.kind, record.fields) })),
  };
}
