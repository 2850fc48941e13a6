/**
 * A mainland China mobile number as a visitor types it: 11 digits starting with 1 and a second digit 3–9, possibly
 * with spaces or hyphens between groups and a +86 / 0086 / 86 country prefix. Returns the 11 digits, or null.
 */
export function normalizeMobileNumber(text: string): string | null {
  const compact = text.trim().replace(/[\s-]/g, '');
  const digits = compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}
