/**
 * Splits the server's message for a refused form ("字段“贷款金额（万元）”：…；字段“放款日期”：…", or for a schema check
 * "请求体字段“贷款金额（万元）”…") into the problems of each named field, so each is shown under its own input; `fields` maps
 * the names the server uses (the form's Chinese labels and the API keys) to the form's fields. What names no field is
 * returned as `other`.
 */
export function splitFieldErrors<Field extends string>(
  message: string,
  fields: Readonly<Record<string, Field>>,
): { byField: Map<Field, string[]>; other: string[] } {
  const byField = new Map<Field, string[]>();
  const other: string[] = [];
  for (const part of message.split(/[;；](?=(?:请求体)?字段“)/)) {
    const match = /^(?:请求参数有误[:：])?(?:请求体)?字段“([^”]+)”(.*)$/.exec(part.trim());
    const name = match ? match[1]!.replace(/\[\d+\]$/, '').split('.')[0]! : undefined;
    const field = name === undefined ? undefined : fields[name];
    if (match && field) {
      byField.set(field, [...(byField.get(field) ?? []), match[2]!.replace(/^[:：]\s*/, '')]);
    } else if (part.trim()) other.push(part.trim());
  }
  return { byField, other };
}
