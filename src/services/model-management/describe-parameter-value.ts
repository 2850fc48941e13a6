import { loadCatalog } from '../../catalog/catalog.ts';
import type { Band, DecayStep, LookupTable, Parameter, ParameterData } from '../../engine/model.ts';

const formatNumber = (value: number) => String(Math.round(value * 1e6) / 1e6);

/**
 * A parameter's value in words, as the model administration and the public model page both show it:
 * "不足 1：0 分；1 至不足 3：10 分；10 及以上：35 分" per band, "12 个月内按 1 计；更早按 0.3 计" per decay step,
 * "科技型中小企业：8 分；其他：0 分" with tier names for a lookup. A null value ends the parameter from that date.
 */
export function describeParameterValue(type: Parameter['type'], value: ParameterData | null, unit = ''): string {
  if (value === null) return '自此日起不再适用';
  const withUnit = (points: number) => `${formatNumber(points)}${unit ? ` ${unit}` : ''}`;
  if (type === 'number') return withUnit(value as number);
  if (type === 'lookup') {
    const tiers = new Map(loadCatalog().tiers.map((tier) => [tier.code, tier.label]));
    const keyLabel = (key: string) => (key === 'default' ? '其他' : key === 'none' ? '无' : (tiers.get(key) ?? key));
    return Object.entries(value as LookupTable)
      .map(([key, points]) => `${keyLabel(key)}：${withUnit(points)}`)
      .join('；');
  }
  if (type === 'bands') {
    const bands = value as Band[];
    return bands
      .map((band, index) => {
        const from = band.min ?? (index > 0 ? bands[index - 1].below : null);
        const range =
          from === null
            ? band.below === null
              ? '任意值'
              : `不足 ${formatNumber(band.below)}`
            : band.below === null
              ? `${formatNumber(from)} 及以上`
              : `${formatNumber(from)} 至不足 ${formatNumber(band.below)}`;
        return `${range}：${withUnit(band.points)}`;
      })
      .join('；');
  }
  return (value as DecayStep[])
    .map(
      (step) =>
        `${step.maxAgeMonths === null ? '更早' : `${step.maxAgeMonths} 个月内`}按 ${formatNumber(step.factor)} 计`,
    )
    .join('；');
}
