/**
 * A model parameter's value as a sentence fragment the enterprise can read: "-10 分/条", "A 30、B 15、C -20",
 * "低于 1：0 分；低于 3：10 分；其余：35 分", "24 个月内 ×1;其余 ×0.5". The model's parameter shapes are a closed set
 * (scalars, tables keyed by code, bands, decay steps); anything else is shown as it is.
 */
export function formatParameterValue(value: unknown, unit: string): string {
  if (typeof value === 'number' || typeof value === 'string') return `${value}${unit ? ` ${unit}` : ''}`;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((step) => formatStep(step, unit)).join('；');
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'default' && key !== 'none')
      .map(([key, points]) => `${key} ${String(points)}`)
      .join('、')
      .concat(unit ? `（${unit}）` : '');
  }
  return '—';
}

function formatStep(step: unknown, unit: string): string {
  if (!step || typeof step !== 'object') return String(step);
  const row = step as Record<string, unknown>;
  if ('points' in row) {
    const bound = row.below === null || row.below === undefined ? '其余' : `低于 ${formatNumber(row.below)}`;
    return `${bound}：${String(row.points)} ${unit === '分' ? '分' : ''}`.trim();
  }
  if ('factor' in row) {
    const bound =
      row.maxAgeMonths === null || row.maxAgeMonths === undefined ? '其余' : `${String(row.maxAgeMonths)} 个月内`;
    return `${bound} ×${String(row.factor)}`;
  }
  return Object.entries(row)
    .map(([key, item]) => `${key} ${String(item)}`)
    .join('，');
}

/** An indicator's value: numbers rounded to what a reader needs, text as it is, nothing as a dash. */
export function formatIndicatorValue(value: number | string | null): string {
  if (value === null) return '—';
  return typeof value === 'number' ? formatNumber(value) : value;
}

function formatNumber(value: unknown): string {
  if (typeof value !== 'number') return String(value);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(4)));
}
