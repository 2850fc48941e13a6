/** How numbers read in the report: at most two decimals, no trailing zeros, an explicit sign on points. */

export function formatNumber(value: number, decimals = 2): string {
  const factor = 10 ** decimals;
  const rounded = Math.round((value + (value >= 0 ? Number.EPSILON : -Number.EPSILON)) * factor) / factor;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** +30, -15, 0. */
export function formatSigned(value: number, decimals = 2): string {
  const text = formatNumber(value, decimals);
  return value > 0 && text !== '0' ? `+${text}` : text;
}

/** 0.25 → 25%. */
export function formatShare(value: number): string {
  return `${formatNumber(value * 100, 2)}%`;
}
