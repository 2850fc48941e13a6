/**
 * A mainland China mobile number as a visitor types it: 11 digits starting with 1 and a second digit 3–9, possibly
 * with spaces or hyphens between groups and a +86 / 0086 / 86 country prefix. Returns the 11 digits, or null.
 */
export function normalizeMobileNumber(text: string): string | null {
  // Stryker disable next-line MethodExpression: trim() is for the reader; the replace drops all white space anyway.
  const compact = text.trim().replace(/[\s-]/g, '');
  // A prefix not at the start, or not followed by exactly 11 digits, leaves a string the final test refuses anyway.
  // Stryker disable next-line Regex: see above.
  const digits = compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null;
}
