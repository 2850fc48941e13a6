import type { Catalog, Department, RecordKind } from '../../catalog/catalog.ts';

/**
 * Each row dated by its own authority (issue #12 §4). A file from a department that relays others' records (the
 * credit office, `relays_others` in catalog/departments.yaml) may hold decisions of several authorities; each row's
 * department — and so its publicity rules — comes from the row's own authority columns (处罚机关统一社会信用代码 first,
 * then 处罚机关 by name or alias), not from the uploader.
 *
 * Rule for an authority the catalog does not know: the row is refused with a clear error. Dating it by the uploader
 * instead would apply the credit office's (general) rules to, say, a market-supervision penalty, and show a wrong
 * publicity period; the fix is to register the authority's name or code in departments.yaml.
 */
export type RowAuthority = { departmentCode: string } | { column: string; reason: string };

const AUTHORITY_USCC_FIELD = 'authority_uscc';
const AUTHORITY_NAME_FIELD = 'authority';

type DepartmentLookup = Pick<Catalog, 'department' | 'departmentByUscc'>;

/**
 * The function that finds a row's department from its typed fields, or undefined when the uploader's own code
 * applies to every row (the uploader relays nothing, or the kind has no authority columns).
 */
export function createRowAuthorityResolver(catalog: DepartmentLookup, uploader: Department, kind: RecordKind): ((fields: Record<string, unknown>) => RowAuthority) | undefined {
  const usccField = kind.fields.find((field) => field.key === AUTHORITY_USCC_FIELD);
  const nameField = kind.fields.find((field) => field.key === AUTHORITY_NAME_FIELD);
  if (!uploader.relaysOthers || !nameField) return undefined;
  return (fields) => {
    const uscc = typeof fields[AUTHORITY_USCC_FIELD] === 'string' ? (fields[AUTHORITY_USCC_FIELD] as string) : null;
    const name = typeof fields[AUTHORITY_NAME_FIELD] === 'string' ? (fields[AUTHORITY_NAME_FIELD] as string) : null;
    const department = (uscc ? catalog.departmentByUscc(uscc) : undefined) ?? (name ? catalog.department(name) : undefined);
    const column = nameField.header;
    if (!department) {
      const written = [name ? `“${name}”` : null, uscc && usccField ? `${usccField.header} ${uscc}` : null].filter(Boolean).join('，');
      return {
        column,
        reason: `${column}${written}不是平台登记的部门，无法确定这条记录的报送部门和公示规则；请核对${column}名称，或请平台管理员在部门目录中登记该机关的名称或统一社会信用代码`,
      };
    }
    if (!kind.departments.includes(department.code)) {
      return { column, reason: `${column}“${department.name}”不是“${kind.label}”的报送单位，这条记录不能作为其记录入库` };
    }
    return { departmentCode: department.code };
  };
}
