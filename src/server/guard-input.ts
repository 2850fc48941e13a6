import type { FastifyRequest } from 'fastify';
import { AppError } from '../domain/app-error.ts';
import { describeFieldPath } from './field-labels.ts';

/**
 * Control characters no text field of the platform holds: NUL (PostgreSQL refuses it in text, which made a 500) and
 * the other C0 controls and DEL; tab, line feed and carriage return stay (multi-line text areas).
 */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Half of a surrogate pair without the other half: not a character, and not encodable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isAcceptableText(text: string): boolean {
  return !CONTROL_CHARACTERS.test(text) && !LONE_SURROGATE.test(text);
}

const REFUSED = '含有不允许的字符（NUL 等控制字符或无效的 Unicode 编码）';

/**
 * onRequest hook: the path and every query parameter must be valid percent-encoded UTF-8 without control
 * characters, else 400 before any route (or the web application's fallback) sees them. Runs on every request.
 */
export async function guardRequestUrl(request: FastifyRequest): Promise<void> {
  const [path = '', query = ''] = splitOnce(request.url, '?');
  if (!isAcceptableEncoded(path)) throw new AppError('INVALID_INPUT', `请求路径${REFUSED}`);
  for (const pair of query.split('&')) {
    const [name = '', value = ''] = splitOnce(pair, '=');
    if (!isAcceptableEncoded(name)) throw new AppError('INVALID_INPUT', `查询参数名${REFUSED}`);
    if (!isAcceptableEncoded(value)) throw new AppError('INVALID_INPUT', `查询参数“${safeDecode(name)}”${REFUSED}`);
  }
}

/** preValidation hook: every string in a JSON body (keys included) is well-formed Unicode without control characters. */
export async function guardRequestBody(request: FastifyRequest): Promise<void> {
  const problem = findUnacceptableText(request.body, []);
  if (problem !== null)
    throw new AppError(
      'INVALID_INPUT',
      problem === 'key'
        ? `请求体的字段名${REFUSED}`
        : problem.length
          ? `请求体${describeFieldPath(problem)}${REFUSED}`
          : `请求体${REFUSED}`,
    );
}

/** The path of the first bad string ([] for the body itself), 'key' for a bad field name, or null when all are fine. */
function findUnacceptableText(value: unknown, path: Array<string | number>): Array<string | number> | 'key' | null {
  if (typeof value === 'string') return isAcceptableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnacceptableText(item, [...path, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (!isAcceptableText(key)) return 'key';
      const found = findUnacceptableText(item, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

function isAcceptableEncoded(text: string): boolean {
  try {
    return isAcceptableText(decodeURIComponent(text.replaceAll('+', ' ')));
  } catch {
    return false; // malformed percent-encoding or bytes that are not UTF-8 (a lone surrogate, %ED%A0%80)
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + 1)];
}
