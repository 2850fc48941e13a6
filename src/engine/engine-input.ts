import type { Catalog } from '../catalog/catalog.ts';

/**
 * What the engine reads: a row of the `records` table (src/store/database.ts RecordTable) reduced to the columns
 * the catalog roles fill, plus the enterprise's attributes. The store layer builds these; the engine never reads
 * the database.
 */
export interface EngineRecord {
  id: number;
  version: number;
  contentHash: string;
  kind: string;
  /** Lifecycle status: active | revoked | repaired | removed (src/domain/record.ts). */
  status: string;
  occurredOn: string | null;
  endsOn: string | null;
  level: string | null;
  subtype: string | null;
  grade: string | null;
  amount: number | null;
  quantity: number | null;
  departmentCode: string;
  /**
   * The status the department reported, from the kind's field with role `status` (法律状态, 履行情况, 项目状态,
   * 履约状态, 当前状态), which the importer keeps in `fields`: see `reportedStatusFieldKeys`.
   */
  reportedStatus: string | null;
}

export interface EngineEnterprise {
  uscc: string;
  registeredOn: string | null;
  industryCode: string | null;
  /** 存续, 吊销, 注销 … (enterprises.status). */
  status: string;
  /** Codes from catalog/tiers.yaml. */
  tiers: string[];
}

/** One enterprise and all its records: the input of a single evaluation. */
export interface EvaluationSubject {
  enterprise: EngineEnterprise;
  records: EngineRecord[];
}

/**
 * kind → the `fields` key holding the department's own status value (the catalog field with role `status`), so the
 * store layer can fill `EngineRecord.reportedStatus` with `fields->>key`.
 */
export function reportedStatusFieldKeys(catalog: Catalog): Map<string, string> {
  const keys = new Map<string, string>();
  for (const kind of catalog.kinds) {
    const field = kind.fields.find((candidate) => candidate.role === 'status');
    if (field) keys.set(kind.code, field.key);
  }
  return keys;
}
