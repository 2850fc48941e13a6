import type { Catalog, Department, RecordKind } from '../../catalog/catalog.ts';

/**
 * Each row dated by its own authority. A file from a department that relays others' records (the
 * credit office, `relays_others` in catalog/departments.yaml) may hold decisions of several authorities; each row's
 * department — and so its publicity rules — comes from the row's own authority columns (处罚机关统一社会信用代码 first,
 * then 处罚机关 by name or alias), not from the uploader.
 *
 * Rule for an authority the catalog does not know: the row is refused with a clear error. Dating it by the uploader
 * instead would apply the credit office's (general) rules to, say, a market-supervision penalty, and show a wrong
 * publicity period; the fix is to register the authority's name or code in departments.yaml.
 */
export type RowAuthority =
  | { departmentCode: string; warning?: { column: string; reason: string; departmentName: string } }
  | { column: string; reason: string };

const AUTHORITY_USCC_FIELD = 'authority_uscc';
const AUTHORITY_NAME_FIELD = 'authority';

type DepartmentLookup = Pick<Catalog, 'department' | 'departmentByUscc'>;

/**
 * The function that finds a row's department from its typed fields, or undefined when the kind has no authority
 * columns (the uploader's own code applies to every row).
 *
 * A department that relays nothing reports its own decisions: its rows keep its code, but a row whose authority is
 * another registered department (a 区市场监管局 operator uploading the 区税务局's file) carries a warning, so the
 * operator sees in the preview that the file is probably the wrong one before committing it.
 * AMBIGUITY: an authority the catalog does not know is not flagged for such a department (the name may be written in
 * a way the catalog has no alias for); only a clear mismatch is.
 */
export function createRowAuthorityResolver(
  catalog: DepartmentLookup,
  uploader: Department,
  kind: RecordKind,
): ((fields: Record<string, unknown>) => RowAuthority) | undefined {
  const usccField = kind.fields.find((field) => field.key === AUTHORITY_USCC_FIELD);
  const nameField = kind.fields.find((field) => field.key === AUTHORITY_NAME_FIELD);
  if (!nameField) return undefined;
  const departmentOf = (fields: Record<string, unknown>) => {
    const uscc = typeof fields[AUTHORITY_USCC_FIELD] === 'string' ? (fields[AUTHORITY_USCC_FIELD] as string) : null;
    const name = typeof fields[AUTHORITY_NAME_FIELD] === 'string' ? (fields[AUTHORITY_NAME_FIELD] as string) : null;
    return {
      uscc,
      name,
      department: (uscc ? catalog.departmentByUscc(uscc) : undefined) ?? (name ? catalog.department(name) : undefined),
    };
  };
  const column = nameField.header;
  if (!uploader.relaysOthers) {
    return (fields) => {
      const { department } = departmentOf(fields);
      if (!department || department.code === uploader.code) return { departmentCode: uploader.code };
      return {
        departmentCode: uploader.code,
        warning: {
          column,
          reason: `${column}是“${department.name}”，不是本单位（${uploader.name}）；入库后这条记录将记在本单位名下。请确认是否选错了文件，其他部门的决定应由该部门报送`,
          departmentName: department.name,
        },
      };
    };
  }
  return (fields) => {
    const { uscc, name, department } = departmentOf(fields);
    if (!department) {
      const written = [name ? `“${name}”` : null, uscc && usccField ? `${usccField.header} ${uscc}` : null]
        .filter(Boolean)
        .join('，');
      return {
        column,
        reason: `${column}${written}不是平台登记的部门，无法确定这条记录的报送部门和公示规则；请核对${column}名称，或请平台管理员在部门目录中登记该机关的名称或统一社会信用代码`,
      };
    }
    if (!kind.departments.includes(department.code)) {
      return {
        column,
        reason: `${column}“${department.name}”不是“${kind.label}”的报送单位，这条记录不能作为其记录入库`,
      };
    }
    return { departmentCode: department.code };
  };
}
