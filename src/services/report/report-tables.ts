import { LONG_TERM_DATE } from '../../domain/record.ts';
import { formatNumber, formatShare, formatSigned } from './format-report-number.ts';
import type { CreditReport, ReportRecord } from './report.ts';

/**
 * The report's tables as rows of text, shared by the HTML page and the PDF so both show exactly the same content.
 * A row's tone tells the renderer how to set it off: a dimension's heading row, negative information, or
 * information that no longer counts.
 */
export type RowTone = 'normal' | 'group' | 'negative' | 'inactive';

export interface ReportTableRow {
  cells: string[];
  tone: RowTone;
}

export interface ReportTableColumn {
  header: string;
  /** Share of the table width. */
  width: number;
  align: 'left' | 'right' | 'center';
}

export interface ReportTable {
  columns: ReportTableColumn[];
  rows: ReportTableRow[];
}

export type LabelledValue = [label: string, value: string];

export function coverRows(report: CreditReport): LabelledValue[] {
  return [
    ['企业名称', report.enterprise.name],
    ['统一社会信用代码', report.enterprise.uscc],
    ['报告编号', report.number],
    ['验证码', report.verification.code],
    ['签发日期', report.issuedOn],
    ['评价基准日', report.evaluation.asOf],
    // The version as the public model page names it (v1 版), not the model's code (huarong-sci-tech/v1).
    ['评价模型', `${report.evaluation.modelTitle}（${report.evaluation.modelVersion.split('/').pop()} 版）`],
    ['签发单位', report.issuer.name],
    ['报告版本', report.audienceLabel],
  ];
}

/** 鄂州市华容区（420703）, as 企业详情 shows it; the bare code when the catalog does not name it. */
function regionOf(enterprise: CreditReport['enterprise']): string | null {
  if (!enterprise.regionCode) return null;
  return enterprise.regionName ? `${enterprise.regionName}（${enterprise.regionCode}）` : enterprise.regionCode;
}

export function enterpriseRows(report: CreditReport): LabelledValue[] {
  const enterprise = report.enterprise;
  const rows: Array<[string, string | null]> = [
    ['企业名称', enterprise.name],
    ['统一社会信用代码', enterprise.uscc],
    ['主体类型', enterprise.entityType],
    ['法定代表人', enterprise.legalRepresentative],
    ['所属行业', enterprise.industry],
    ['行政区划', regionOf(enterprise)],
    ['成立日期', enterprise.registeredOn],
    ['登记状态', enterprise.status],
    ['科创企业层级', enterprise.tiers.length > 0 ? enterprise.tiers.join('、') : '无'],
    ['孵化载体', enterprise.incubator],
  ];
  return rows.filter((row): row is LabelledValue => row[1] !== null && row[1] !== '');
}

/** The grade table as one line: A(优秀)≥84 分;B(良好)≥70 分 … */
export function describeGradeScale(report: CreditReport): string {
  return report.evaluation.grades
    .map((row) => `${row.grade}（${row.label}）${row.minScore === null ? '其余' : `≥${formatNumber(row.minScore)} 分`}`)
    .join('；');
}

export function evaluationRows(report: CreditReport): LabelledValue[] {
  const evaluation = report.evaluation;
  const rows: LabelledValue[] = [
    ['信用等级', `${evaluation.grade} 级（${evaluation.gradeLabel}）`],
    ['综合得分', `${formatNumber(evaluation.score)} 分（满分 ${evaluation.scoreMax} 分）`],
    ['信用风险分类', `${evaluation.samr.class} 类（${evaluation.samr.label}），国市监信发〔2022〕6号`],
    [
      '否决项',
      evaluation.vetoes.length === 0
        ? '无'
        : evaluation.vetoes.map((veto) => `${veto.label}（等级封顶 ${veto.capGrade}）`).join('；'),
    ],
    ['等级划分', describeGradeScale(report)],
  ];
  if (evaluation.fingerprint) rows.push(['评价指纹', evaluation.fingerprint]);
  return rows;
}

/** Dimensions as heading rows, each followed by its indicators; the total last. */
export function indicatorTable(report: CreditReport): ReportTable {
  const rows: ReportTableRow[] = [];
  for (const dimension of report.dimensions) {
    rows.push({
      tone: 'group',
      cells: [
        dimension.label,
        `基础分 ${formatNumber(dimension.base)}`,
        `维度得分 ${formatNumber(dimension.score)}`,
        formatShare(dimension.weight),
        formatNumber(dimension.contribution),
        '',
      ],
    });
    for (const indicator of report.indicators.filter((candidate) => candidate.dimension === dimension.id)) {
      rows.push({
        tone: indicator.points < 0 ? 'negative' : 'normal',
        cells: [
          indicator.label,
          indicator.value,
          formatSigned(indicator.points),
          formatShare(indicator.weight),
          formatSigned(indicator.contribution),
          indicator.recordCount === null ? '—' : String(indicator.recordCount),
        ],
      });
    }
  }
  rows.push({ tone: 'group', cells: ['综合得分', '', '', '100%', formatNumber(report.evaluation.score), ''] });
  return {
    columns: [
      { header: '维度 / 指标', width: 0.3, align: 'left' },
      { header: '取值', width: 0.2, align: 'left' },
      { header: '得分', width: 0.14, align: 'right' },
      { header: '权重', width: 0.1, align: 'right' },
      { header: '对总分贡献', width: 0.14, align: 'right' },
      { header: '计入记录', width: 0.12, align: 'right' },
    ],
    rows,
  };
}

function formatEnd(date: string): string {
  return date === LONG_TERM_DATE ? '长期' : date;
}

/** The status cell: status, marks, how the record counted, and its publicity dates. */
function describeRecordState(record: ReportRecord, isInactiveSection: boolean): string {
  const parts: string[] = [];
  if (record.isNegative) parts.push('负面信息');
  if (isInactiveSection) parts.push('不作为负面信息');
  parts.push(...new Set([record.status, ...record.marks]));
  if (record.effect) parts.push(record.effect);
  if (record.publicity && !isInactiveSection) {
    if (record.publicity.publicUntil) parts.push(`公示至 ${record.publicity.publicUntil}`);
    if (record.publicity.repairableFrom && record.publicity.status === '公示中')
      parts.push(`可申请修复日 ${record.publicity.repairableFrom}`);
  }
  return parts.join('\n');
}

/** Records of one category (or the inactive ones) with source, number, dates and marks. */
export function recordTable(records: ReportRecord[], options: { isInactiveSection?: boolean } = {}): ReportTable {
  const isInactiveSection = options.isInactiveSection ?? false;
  return {
    columns: [
      // Widths chosen so that a six-character kind or department, a typical decision number (鄂华市监处罚〔2025〕18号),
      // a date range and “扣分:一般失信行政处罚” each fit on one line at the PDF's 8.5 pt.
      { header: '信息类别', width: 0.12, align: 'left' },
      { header: '文号 / 编号', width: 0.225, align: 'left' },
      { header: '内容', width: 0.213, align: 'left' },
      { header: '来源部门', width: 0.125, align: 'left' },
      { header: '日期', width: 0.122, align: 'left' },
      { header: '状态与标注', width: 0.195, align: 'left' },
    ],
    rows: records.map((record) => ({
      tone: isInactiveSection ? 'inactive' : record.isNegative ? 'negative' : 'normal',
      cells: [
        record.kindLabel,
        record.number ?? '—',
        record.summary || '—',
        record.department,
        [record.occurredOn ?? '日期不详', record.endsOn ? `至 ${formatEnd(record.endsOn)}` : '']
          .filter(Boolean)
          .join('\n'),
        describeRecordState(record, isInactiveSection),
      ],
    })),
  };
}

/** Section headings, in order, the same in every form of the report. */
export const SECTION_TITLES = {
  enterprise: '一、基本信息',
  evaluation: '二、信用评价结果',
  indicators: '三、指标得分',
  records: '四、分类信用信息',
  description: '五、信用状况客观描述',
  notes: '六、异议与信用修复',
  about: '七、报告说明',
} as const;

export const INACTIVE_TITLE = '已修复、已撤销、已移出或公示期满的信息';
export const INACTIVE_NOTE = '以下信息不作为负面信息，也不作为信用评价的任何依据（001 §二（四）），仅供企业知悉。';
export const CHART_TITLE = '各维度得分';

const CHINESE_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 20 → 二十 (sub-section numbers). */
export function chineseNumber(value: number): string {
  if (value < 10) return CHINESE_DIGITS[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones === 0 ? '' : CHINESE_DIGITS[ones]}`;
}

/** “(一)行政管理信息(12 条)”. */
export function categoryTitle(index: number, category: string, count: number): string {
  return `(${chineseNumber(index + 1)})${category}（${count} 条）`;
}

/** The description as headed lists; empty lists are said to be empty rather than left out. */
export function descriptionBlocks(report: CreditReport): { heading: string; items: string[] }[] {
  const description = report.description;
  const blocks = [
    {
      heading: '提高得分的因素',
      items: description.raised.length > 0 ? description.raised : ['评价基准日没有加分事项。'],
    },
    {
      heading: '降低得分的因素',
      items: description.lowered.length > 0 ? description.lowered : ['评价基准日没有扣分事项。'],
    },
  ];
  if (description.vetoes.length > 0) blocks.push({ heading: '否决项', items: description.vetoes });
  if (description.leavingPublicity.length > 0)
    blocks.push({ heading: '即将期满的负面信息', items: description.leavingPublicity });
  blocks.push({ heading: '企业可以做什么', items: description.advice });
  return blocks;
}
