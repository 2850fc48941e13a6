import { writeSheetsXlsx } from '../grade-use/write-list-xlsx.ts';
import type { IncubatorRanking } from './evaluate-incubators.ts';

/**
 * A year's incubator ranking as a workbook: the ranking with each indicator's value and points on the first sheet,
 * the trace of every indicator (value, points, weight, contribution, source, reference) on the second.
 */
export function writeRankingXlsx(ranking: IncubatorRanking): Promise<Buffer> {
  const indicators = ranking.results[0]?.indicators ?? [];
  const rankingSheet = {
    name: `${ranking.year}年度排名`,
    headers: [
      '总排名',
      '组内排名',
      '分组',
      '是否在奖励名次内',
      '代码',
      '孵化载体',
      '级别',
      '运营机构',
      '面积（平方米）',
      '综合得分',
      ...indicators.flatMap((indicator) => [`${indicator.label}（值）`, `${indicator.label}（得分）`]),
    ],
    rows: ranking.results.map((result) => [
      result.overallRank,
      result.groupRank,
      result.groupLabel,
      result.isAwarded ? '是' : '否',
      result.code,
      result.name,
      result.levelLabel,
      result.operator,
      result.areaM2,
      result.score,
      ...result.indicators.flatMap((indicator) => [indicator.valueText, indicator.points]),
    ]),
  };
  const traceSheet = {
    name: '指标明细',
    headers: ['代码', '孵化载体', '指标', '值', '得分', '权重', '加权得分', '计分刻度', '数据来源', '依据'],
    rows: ranking.results.flatMap((result) =>
      result.indicators.map((indicator) => [
        result.code,
        result.name,
        indicator.label,
        indicator.valueText,
        indicator.points,
        indicator.weight,
        indicator.contribution,
        `${indicator.scale.zero} 得 0 分，${indicator.scale.full} 得 100 分`,
        indicator.source,
        indicator.reference,
      ]),
    ),
  };
  const aboutSheet = {
    name: '评价说明',
    headers: ['项目', '内容'],
    rows: [
      ['评价年度', ranking.year],
      ['统计截止日', ranking.asOf],
      ['第几次计算', ranking.runNumber],
      ['计算时间', ranking.evaluatedAt],
      ['计算人', ranking.evaluatedByName],
      ['评价模型', `${ranking.modelTitle}（${ranking.modelVersion}）`],
      ['模型摘要', ranking.modelDigest],
      ['依据', ranking.reference],
      ['分组与奖励名次', ranking.groups.map((group) => `${group.label}前 ${group.awarded} 名`).join('；')],
      ['分组依据', ranking.groupsReference],
    ],
  };
  return writeSheetsXlsx([rankingSheet, traceSheet, aboutSheet]);
}
