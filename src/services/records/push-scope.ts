import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import type { Principal } from '../../domain/principal.ts';

/**
 * Why `principal` may not push records of `kind`, in Chinese, or null when it may: a department pushes only the kinds
 * the catalog names it a sender of (catalog/record-kinds.yaml `departments`), and a token scoped to some kinds only
 * those.
 */
export function explainPushRefusal(principal: Principal, kind: RecordKind): string | null {
  const department = principal.departmentCode ? loadCatalog().department(principal.departmentCode) : undefined;
  if (!department || !kind.departments.includes(department.code)) {
    const name = department ? `${department.name}（${department.shortName}）` : '本账号';
    return `${name}不是“${kind.label}”的报送单位，不能报送此类记录`;
  }
  if (principal.recordKinds && !principal.recordKinds.includes(kind.code)) {
    return `此令牌只能报送${describeKinds(principal.recordKinds)}，不能报送“${kind.label}”`;
  }
  return null;
}

/** “行政处罚”、“行政许可” for a list of kind codes. */
export function describeKinds(codes: readonly string[]): string {
  const catalog = loadCatalog();
  return codes.map((code) => `“${catalog.kind(code)?.label ?? code}”`).join('、');
}
