import type { UnsignedReport } from './build-report.ts';
import { formatNumber } from './format-report-number.ts';
import type { ReportDescription, ReportIndicator, ReportRecord } from './report.ts';
import type { ReportProfile } from './report-profile.ts';
import { withReadableReferences } from '../../domain/readable-reference.ts';

/** How many decision numbers a sentence names before it says “等 N 条”. */
const NUMBERS_NAMED = 3;

/**
 * The objective description (客观描述, 001 §二(五)) in plain Chinese, generated from the report's own data (so the
 * public version never mentions what it leaves out): the result; the strongest and weakest dimensions; what raised
 * and what lowered the score, largest contribution first; vetoes; negative records about to leave publicity; and
 * what the enterprise can do — repair once the minimum publicity period is over, settle what is outstanding, and
 * declare or earn what would add points (report-profile.yaml suggestions).
 */
export function describeCredit(report: UnsignedReport, profile: ReportProfile): ReportDescription {
  const { enterprise, evaluation } = report;
  const current = report.categories.flatMap((category) => category.records);
  const top = profile.descriptionTopItems;

  let summary =
    `截至 ${evaluation.asOf}，${enterprise.name}的公共信用综合评价得分为 ${formatNumber(evaluation.score)} 分（满分 ${evaluation.scoreMax} 分），` +
    `信用等级为 ${evaluation.grade} 级（${evaluation.gradeLabel}），对应市场监管部门企业信用风险分类 ${evaluation.samr.class} 类（${evaluation.samr.label}）。` +
    evaluation.gradeDescription;
  if (report.inactiveRecords.length > 0) {
    summary += `另有 ${report.inactiveRecords.length} 条信息已修复、已撤销、已移出或公示期满，不作为负面信息，也不计入评价。`;
  }

  const byScore = [...report.dimensions].sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  const named = (list: typeof byScore) =>
    list.map((dimension) => `“${dimension.label}”（${formatNumber(dimension.score)} 分）`).join('和');
  const dimensions =
    byScore.length < 4
      ? `各维度得分：${named(byScore)}。`
      : `在 ${byScore.length} 个评价维度中，得分最高的是${named(byScore.slice(0, 2))}，得分最低的是${named(byScore.slice(-2).reverse())}。`;

  const raisedIndicators = report.indicators
    .filter((indicator) => indicator.points > 0)
    .sort((a, b) => b.contribution - a.contribution);
  const loweredIndicators = report.indicators
    .filter((indicator) => indicator.points < 0)
    .sort((a, b) => a.contribution - b.contribution);
  const raised = listTop(
    raisedIndicators,
    top,
    (indicator) =>
      `${describeIndicator(indicator)}：加 ${formatNumber(indicator.points)} 分，使总分提高 ${formatNumber(indicator.contribution)} 分`,
    '项加分事项',
  );
  const lowered = listTop(
    loweredIndicators,
    top,
    (indicator) =>
      `${describeIndicator(indicator)}：扣 ${formatNumber(-indicator.points)} 分，使总分降低 ${formatNumber(-indicator.contribution)} 分${nameRecords(current.filter((record) => record.isNegative && record.countedBy.includes(indicator.id)))}`,
    '项扣分事项',
  );

  const vetoes = evaluation.vetoes.map(
    (veto) =>
      `因“${veto.label}”，信用等级不高于 ${veto.capGrade} 级${evaluation.gradeBeforeVetoes !== evaluation.grade ? `（按得分本可评为 ${evaluation.gradeBeforeVetoes} 级）` : ''}；依据：${veto.reference}。`,
  );

  const leavingPublicity = current
    .filter((record) => record.isNegative && record.marks.includes('即将期满') && record.publicity?.publicUntil)
    .map(
      (record) =>
        `${nameRecord(record)}（${record.department}）将于 ${record.publicity!.publicUntil} 公示期满，期满后不再公示，也不再计入评价。`,
    );

  const advice: string[] = [];
  for (const record of current) {
    if (!record.isNegative || !record.publicity) continue;
    if (record.publicity.status === '可申请修复') {
      advice.push(
        `${nameRecord(record)}已满最短公示期，纠正失信行为、履行相关义务并作出信用承诺后，可申请信用修复；修复后不再作为评价依据。`,
      );
    } else if (
      record.publicity.status === '公示中' &&
      record.publicity.repairableFrom &&
      record.publicity.repairableFrom > evaluation.asOf
    ) {
      advice.push(`${nameRecord(record)}自 ${record.publicity.repairableFrom} 起可申请信用修复。`);
    }
  }
  for (const suggestion of profile.suggestions) {
    const indicator = report.indicators.find((candidate) => candidate.id === suggestion.indicator);
    if (!indicator) continue;
    if (
      (suggestion.when === 'negative' && indicator.points < 0) ||
      (suggestion.when === 'zero' && indicator.points === 0)
    )
      advice.push(suggestion.text);
  }
  if (advice.length === 0) advice.push('继续依法诚信经营，按时履行纳税、社会保险等义务，即可保持当前的信用状况。');

  // The profile's texts and the model's references cite clauses in the repository's short form: readers get titles.
  const readable = (items: string[]) => items.map(withReadableReferences);
  return {
    summary: withReadableReferences(summary),
    dimensions: withReadableReferences(dimensions),
    raised: readable(raised),
    lowered: readable(lowered),
    vetoes: readable(vetoes),
    leavingPublicity: readable(leavingPublicity),
    advice: readable(advice),
  };
}

/** “纳税信用等级(A)” or, when the public version hides the value, just the label. */
function describeIndicator(indicator: ReportIndicator): string {
  return indicator.value === '—' ? `“${indicator.label}”` : `“${indicator.label}”（${indicator.value}）`;
}

function listTop<T>(items: T[], top: number, describe: (item: T) => string, rest: string): string[] {
  const lines = items.slice(0, top).map((item) => `${describe(item)}。`);
  if (items.length > top) lines.push(`另有 ${items.length - top} ${rest}。`);
  return lines;
}

/** A record as a sentence names it: its kind and document number, or its kind and date. */
function nameRecord(record: ReportRecord): string {
  return record.number
    ? `${record.kindLabel}“${record.number}”`
    : `${record.kindLabel}（${record.occurredOn ?? '日期不详'}）`;
}

function nameRecords(records: ReportRecord[]): string {
  if (records.length === 0) return '';
  const names = records
    .slice(0, NUMBERS_NAMED)
    .map((record) => record.number ?? `${record.occurredOn ?? '日期不详'} 的${record.kindLabel}`);
  return `（涉及 ${names.join('、')}${records.length > NUMBERS_NAMED ? ` 等 ${records.length} 条` : ''}）`;
}
