/** An indicator's value: numbers rounded to what a reader needs, text as it is, nothing as a dash. */
export function formatIndicatorValue(value: number | string | null): string {
  if (value === null) return '—';
  return typeof value === 'number'
    ? Number.isInteger(value)
      ? String(value)
      : String(Number(value.toPrecision(4)))
    : value;
}
