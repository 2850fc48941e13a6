import { loadCatalog, type FieldType } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { writeSheetsXlsx } from '../grade-use/write-list-xlsx.ts';

/** How each field type is written in a file, as catalog/record-kinds.yaml describes the types. */
const TYPE_HINTS: Record<FieldType, string> = {
  text: '文本',
  date: '日期，如 2026/5/20 或 2026-05-20;2099/12/31 表示长期',
  amount: '金额（万元）',
  number: '数值',
  integer: '整数',
  enum: '从可选值中选填',
  uscc: '18 位统一社会信用代码',
  year: '年度，如 2026',
};

/**
 * The empty file a department fills for one record kind: the kind's headers (the national 双公示 headers for
 * licences and penalties, catalog/record-kinds.yaml) on the first sheet, and a 填写说明 sheet saying for each column
 * whether it is required, how it is written and its allowed values. The importer maps exactly these headers.
 */
export async function writeImportTemplate(kindCode: string): Promise<{ label: string; file: Buffer }> {
  const kind = loadCatalog().kind(kindCode);
  if (!kind) throw new AppError('NOT_FOUND', `没有“${kindCode}”这类记录`);
  const file = await writeSheetsXlsx([
    { name: kind.label.slice(0, 31), headers: kind.fields.map((field) => field.header), rows: [] },
    {
      name: '填写说明',
      headers: ['列', '是否必填', '填写格式', '可选值', '说明'],
      rows: kind.fields.map((field) => [
        field.header,
        field.required ? '必填' : '选填',
        TYPE_HINTS[field.type],
        field.values?.join('、') ?? '',
        field.personal ? '个人信息，加密存储，仅本部门可见明文' : '',
      ]),
    },
  ]);
  return { label: kind.label, file };
}
