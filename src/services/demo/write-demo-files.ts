import fs from 'node:fs';
import path from 'node:path';
import { loadCatalog, type RecordKind } from '../../catalog/catalog.ts';
import {
  LICENSE_HEADERS,
  PENALTY_HEADERS,
  writeSampleCsv,
  writeSampleXlsx,
  type SampleRow,
} from '../import/sample-files.ts';
import { planDemo } from './generate-demo.ts';
import type { DemoRow } from './demo-record-context.ts';
import { DECISION_NUMBER_PREFIXES } from './demo-vocabulary.ts';

export interface DemoFile {
  name: string;
  /** The department to import it as (--dept). */
  department: string;
  kind: string;
  rows: number;
  description: string;
}

// Decision numbers far above what the demo's own batches use, so importing a sample adds records instead of
// updating the demo's.
const SAMPLE_NUMBER_BASE = 5000;

/**
 * Writes department files in the national 双公示 formats for the demo district (same seed → same enterprises), for
 * users to try `xinping import`: a market-supervision penalty .xlsx, an environment-bureau license .csv in GBK (as
 * Chinese Excel saves it, with 长期 licences), and a tax penalty .csv with two bad rows (a wrong check character,
 * an impossible date) to try --accept-valid. The store is not touched.
 */
export async function writeDemoFiles(
  directory: string,
  options: { enterprises?: number; seed?: string; asOf?: string },
): Promise<DemoFile[]> {
  const plan = planDemo(options);
  const catalog = loadCatalog();
  const penalty = catalog.kind('administrative_penalty')!;
  const license = catalog.kind('administrative_license')!;
  fs.mkdirSync(directory, { recursive: true });
  const files: DemoFile[] = [];

  // Files must import into any store, also one without the demo's legacy-code acceptances: leave those firms out.
  const legacy = new Set(
    plan.enterprises.filter((enterprise) => enterprise.isLegacyCode).map((enterprise) => enterprise.uscc),
  );
  const sampleRows = (rows: DemoRow[], departmentCode: string, count: number) =>
    rows
      .filter((row) => row.departmentCode === departmentCode && !legacy.has(String(row.values.subject_uscc)))
      .slice(0, count);

  const marketPenalties = sampleRows(plan.rows.get(penalty.code)!, 'scjg', 40).map((row, index) =>
    renumber(row, 'decision_number', 'penalty', index),
  );
  if (marketPenalties.length > 0) {
    const name = `区市场监管局-行政处罚-${plan.asOf}.xlsx`;
    await writeSampleXlsx(
      path.join(directory, name),
      PENALTY_HEADERS,
      marketPenalties.map((row) => toSampleRow(penalty, row, 'date-cells')),
    );
    files.push({
      name,
      department: '区市场监管局',
      kind: penalty.label,
      rows: marketPenalties.length,
      description: '行政处罚，Excel 格式，日期为日期单元格',
    });
  }

  const licenses = sampleRows(plan.rows.get(license.code)!, 'sthj', 30).map((row, index) =>
    renumber(row, 'decision_number', 'license', index),
  );
  if (licenses.length > 0) {
    const name = `区生态环境分局-行政许可-${plan.asOf}.csv`;
    writeSampleCsv(
      path.join(directory, name),
      LICENSE_HEADERS,
      licenses.map((row) => toSampleRow(license, row, 'slashes')),
      { encoding: 'gbk' },
    );
    files.push({
      name,
      department: '区生态环境分局',
      kind: license.label,
      rows: licenses.length,
      description: '行政许可，CSV（GBK 编码），含“有效期至 2099/12/31”的长期许可',
    });
  }

  const taxPenalties = sampleRows(plan.rows.get(penalty.code)!, 'tax', 20).map((row, index) =>
    renumber(row, 'decision_number', 'penalty', index),
  );
  if (taxPenalties.length >= 3) {
    const rows = taxPenalties.map((row) => toSampleRow(penalty, row, 'slashes'));
    const usccHeader = penalty.fields.find((field) => field.key === 'subject_uscc')!.header;
    const dateHeader = penalty.fields.find((field) => field.key === 'decision_date')!.header;
    const code = String(rows[1]![usccHeader]);
    rows[1]![usccHeader] = code.slice(0, 17) + (code[17] === '1' ? '2' : '1');
    rows[2]![dateHeader] = `${plan.asOf.slice(0, 4)}/2/30`;
    const name = `区税务局-行政处罚-含错误行.csv`;
    writeSampleCsv(path.join(directory, name), PENALTY_HEADERS, rows, { encoding: 'utf8', bom: true });
    files.push({
      name,
      department: '区税务局',
      kind: penalty.label,
      rows: rows.length,
      description:
        '行政处罚，CSV(UTF-8)，第 3 行代码校验位错误、第 4 行日期不存在：整批导入会被拒绝，可加 --accept-valid 只入库合格行',
    });
  }
  // 企业信用风险分类 (国市监信发〔2022〕6号): a new classification round on the as-of day, as the market-supervision
  // bureau's system exports it; each firm keeps its latest demo class, so the disagreements with the platform grades
  // shown on the supervision page stay, and the plans of 区市场监管局 follow these classes.
  const samrKind = catalog.kind('samr_risk_classification')!;
  const latestSamr = new Map<string, DemoRow>();
  for (const row of sampleRows(plan.rows.get(samrKind.code)!, 'scjg', Number.POSITIVE_INFINITY))
    latestSamr.set(String(row.values.subject_uscc), row);
  const samrRows = [...latestSamr.values()]
    .slice(0, 30)
    .map((row) => ({ ...row, values: { ...row.values, classified_on: plan.asOf } }));
  if (samrRows.length > 0) {
    const name = `区市场监管局-企业信用风险分类-${plan.asOf}.xlsx`;
    await writeSampleXlsx(
      path.join(directory, name),
      samrKind.fields.map((field) => field.header),
      samrRows.map((row) => toSampleRow(samrKind, row, 'date-cells')),
    );
    files.push({
      name,
      department: '区市场监管局',
      kind: samrKind.label,
      rows: samrRows.length,
      description: '企业信用风险分类（A–D），Excel 格式；市场监管部门的抽查计划按此分类，其他部门按平台信用等级',
    });
  }
  return files;
}

function renumber(row: DemoRow, field: string, series: 'penalty' | 'license', index: number): DemoRow {
  const year = String(row.values.decision_date).slice(0, 4);
  const prefix = DECISION_NUMBER_PREFIXES[row.departmentCode]![series];
  return { ...row, values: { ...row.values, [field]: `${prefix}〔${year}〕${SAMPLE_NUMBER_BASE + index + 1}号` } };
}

/** Values by Chinese header; dates as Excel date cells or as 2024/5/20 text, as departments' tools write them. */
function toSampleRow(kind: RecordKind, row: DemoRow, dates: 'date-cells' | 'slashes'): SampleRow {
  const sample: SampleRow = {};
  for (const field of kind.fields) {
    const value = row.values[field.key];
    if (value === undefined || value === null) sample[field.header] = null;
    else if (field.type === 'date') {
      const [year, month, day] = String(value).split('-').map(Number) as [number, number, number];
      sample[field.header] =
        dates === 'date-cells' ? new Date(Date.UTC(year, month - 1, day)) : `${year}/${month}/${day}`;
    } else sample[field.header] = value as string | number;
  }
  return sample;
}
