import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client.ts';

/**
 * Puts an API error next to the form field it names. The server names fields in its Chinese messages as
 * `字段“reason”:请填写异议理由`, `字段“荣誉名称”不能为空` or, for schema checks,
 * `请求体字段“证明材料”第 1 项…`.
 * `fieldNames` maps those names (API keys or Chinese headers) to the form's field paths. Returns the part of the
 * message that names no known field (shown beside the submit button), or null when every part found its field.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldNames: Record<string, (string | number)[]>,
): string | null {
  const message = error instanceof ApiError ? error.message : error instanceof Error ? error.message : String(error);
  const byField = new Map<string, string[]>();
  let isFullyPlaced = true;
  for (const part of message.split(/[;；]/)) {
    const match = /字段“([^”]+)”[:：]?\s*(.*)$/.exec(part);
    const name = match?.[1].replace(/\[\d+\].*$/, '').replace(/\..*$/, '');
    const path = name === undefined ? undefined : fieldNames[name];
    if (!match || !path) {
      isFullyPlaced = false;
      continue;
    }
    const key = JSON.stringify(path);
    byField.set(key, [...(byField.get(key) ?? []), match[2] || message]);
  }
  form.setFields(
    [...byField.entries()].map(([key, errors]) => ({ name: JSON.parse(key) as (string | number)[], errors })),
  );
  if (byField.size > 0)
    form.scrollToField(JSON.parse([...byField.keys()][0]) as (string | number)[], { block: 'center' });
  return isFullyPlaced && byField.size > 0 ? null : message;
}
