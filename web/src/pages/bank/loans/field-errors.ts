/**
 * Splits the server's message for a refused form ("字段“amountWan”:贷款金额…;字段“grantedOn”:…") into the
 * problems of each named field, so each is shown under its own input; what names no field is returned as `other`.
 */
export function splitFieldErrors(
  message: string,
  fields: readonly string[],
): { byField: Map<string, string[]>; other: string[] } {
  const byField = new Map<string, string[]>();
  const other: string[] = [];
  for (const part of message.split(/[;；](?=(?:请求体)?字段“)/)) {
    const match = /^(?:请求参数有误[:：])?(?:请求体)?字段“([\w.[\]]+)”(.*)$/.exec(part.trim());
    const field = match ? match[1]!.replace(/\[\d+\]$/, '').split('.')[0]! : undefined;
    if (match && field && fields.includes(field)) {
      byField.set(field, [...(byField.get(field) ?? []), match[2]!.replace(/^[:：]\s*/, '')]);
    } else if (part.trim()) other.push(part.trim());
  }
  return { byField, other };
}
