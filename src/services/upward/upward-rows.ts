import { loadRecordKinds, type RecordKind } from '../../catalog/record-kinds.ts';
import { RESULT_HEADERS } from '../sharing/export-shared-results.ts';

/**
 * The rows the district shares upward, in the national formats: 行政许可 and 行政处罚 under the 《双公示数据标准》
 * headers, every other record kind under the national headers of catalog/record-kinds.yaml (DOMAIN.md §5), and the
 * evaluation results under the columns of 定期共享 (export-shared-results.ts). What happened to a record travels
 * beside its row as the event, so the receiver applies a correction, revocation or repair to the row it already holds.
 */
export const UPWARD_EVENTS = ['new', 'correction', 'revocation', 'repair', 'removal', 'evaluation'] as const;
export type UpwardEvent = (typeof UPWARD_EVENTS)[number];

export const UPWARD_EVENT_LABELS: Record<UpwardEvent, string> = {
  new: '新增',
  correction: '更正',
  revocation: '撤销',
  repair: '信用修复',
  removal: '移出',
  evaluation: '评价结果',
};

/** The data set of evaluation results (record kinds are named by their catalog code). */
export const EVALUATION_DATA_SET = 'evaluation_result';
const EVALUATION_LABEL = '信用评价结果';

function kindOf(dataSet: string): RecordKind | undefined {
  return loadRecordKinds().find((kind) => kind.code === dataSet);
}

/** The data set as the receiver names it: the 双公示 format, else the kind's label. */
export function dataSetLabel(dataSet: string): string {
  if (dataSet === EVALUATION_DATA_SET) return EVALUATION_LABEL;
  const kind = kindOf(dataSet);
  return kind?.format ?? kind?.label ?? dataSet;
}

/** The columns of a data set, in catalog order. */
export function headersOf(dataSet: string): string[] {
  if (dataSet === EVALUATION_DATA_SET) return [...RESULT_HEADERS];
  return kindOf(dataSet)?.fields.map((field) => field.header) ?? [];
}

/**
 * A stored record version's fields under the national headers. Personal fields (法定代表人证件号码, 证件号码) go
 * masked: DOMAIN.md §5 allows the clear value only to the owning department.
 * AMBIGUITY: whether the provincial platform may receive the clear identity number is not settled by the policy
 * documents; the platform sends the masked form until a data-sharing agreement says otherwise.
 */
export function nationalRow(dataSet: string, fields: Record<string, unknown>): Record<string, string> {
  const row: Record<string, string> = {};
  for (const field of kindOf(dataSet)?.fields ?? []) {
    const value = fields[field.key];
    row[field.header] =
      value === null || value === undefined
        ? ''
        : typeof value === 'object' && 'masked' in value
          ? String((value as { masked: unknown }).masked)
          : String(value);
  }
  return row;
}

/** An evaluation result under the columns of 定期共享. */
export function evaluationRow(result: {
  uscc: string;
  name: string;
  grade: string;
  score: number;
  modelVersion: string;
  asOf: string;
}): Record<string, string> {
  const values = [result.uscc, result.name, result.grade, String(result.score), result.modelVersion, result.asOf];
  return Object.fromEntries(RESULT_HEADERS.map((header, index) => [header, values[index]!]));
}
