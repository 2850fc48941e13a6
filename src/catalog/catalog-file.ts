import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { z } from 'zod';
import { AppError } from '../domain/app-error.ts';

/**
 * Reading the files of catalog/: the only place that does. Each file has a module here with its zod schema and a
 * loader that reads it once per process; a file that does not match its schema stops the platform with a message
 * naming the file, the place inside it and the reason (data with references must not be half-read).
 */

export const CATALOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../catalog');

const zhCN = z.locales.zhCN();

/**
 * A file as messages name it: relative to the repository (catalog/x.yaml), never an absolute machine path; a file
 * outside the repository (a test's) by its own path.
 */
export function catalogFileLabel(file: string): string {
  const absolute = path.resolve(CATALOG_DIR, file);
  const relative = path.relative(path.dirname(CATALOG_DIR), absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

/** `kinds[3].fields[0].type`: the place of an issue inside the file. */
function describePath(issuePath: readonly PropertyKey[]): string {
  let text = '';
  for (const key of issuePath) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || '（文件整体）';
}

/** Validates parsed content against the file's schema; tests pass altered content, loaders the file's own. */
export function validateCatalogContent<Schema extends z.ZodType>(
  file: string,
  schema: Schema,
  raw: unknown,
): z.output<Schema> {
  const result = schema.safeParse(raw, { error: zhCN.localeError });
  if (result.success) return result.data;
  const label = catalogFileLabel(file);
  const problems = result.error.issues.map((issue) => `${describePath(issue.path)}：${issue.message}`);
  throw new AppError('INTERNAL', `${label} 有误：${problems.join('；')}`, {
    details: result.error.issues.map((issue) => ({
      file: label,
      path: describePath(issue.path),
      reason: issue.message,
    })),
  });
}

/** Parses a YAML file of catalog/ (a name like `tiers.yaml`, or another path for tests) and validates it. */
export function readCatalogYaml<Schema extends z.ZodType>(file: string, schema: Schema): z.output<Schema> {
  const absolute = path.resolve(CATALOG_DIR, file);
  let raw: unknown;
  try {
    raw = YAML.parse(fs.readFileSync(absolute, 'utf8'), { merge: true });
  } catch (error) {
    throw new AppError(
      'INTERNAL',
      `${catalogFileLabel(absolute)} 无法读取：${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  return validateCatalogContent(absolute, schema, raw);
}

/** A text file of catalog/, one entry a line; blank lines and lines starting with # are left out. */
export function readCatalogLines(file: string): string[] {
  return fs
    .readFileSync(path.resolve(CATALOG_DIR, file), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line && !line.startsWith('#'));
}

/** The loader of one catalog file: read and validated on first use, the same value afterwards. */
export function catalogFile<T>(read: () => T): () => T {
  let cached: { value: T } | undefined;
  return () => (cached ??= { value: read() }).value;
}
