import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../domain/app-error.ts';
import { compileModel, type CompiledModel } from '../../engine/compile-model.ts';
import { loadModel, REPOSITORY_ROOT } from '../../engine/load-model.ts';
import { modelVersionName } from '../../engine/model.ts';
import type { ModelVersionRow } from '../../store/evaluation.repository.ts';

/**
 * A model version's files on disk and the compiled model evaluations use. A version row in the database freezes its
 * digest: files that no longer hash to it are refused, so a published version cannot change under its name.
 */

/** How a model directory is kept in model_versions: relative to the repository root when inside it. */
export function storedModelDir(dir: string): string {
  const absolute = path.resolve(dir);
  const relative = path.relative(REPOSITORY_ROOT, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

export function resolveModelDir(stored: string): string {
  return path.isAbsolute(stored) ? stored : path.join(REPOSITORY_ROOT, stored);
}

/** Loads and compiles a model directory; refuses (listing every problem) a model whose files are inconsistent. */
export function compileModelDir(dir: string): CompiledModel {
  if (!fs.existsSync(path.join(dir, 'model.yaml')))
    throw new AppError('NOT_FOUND', `找不到模型文件 ${path.join(storedModelDir(dir), 'model.yaml')}`);
  return compileModel(loadModel(dir));
}

/** Size and modification time of every file under a directory: a cheap check that nothing changed since it was read. */
function stampOf(dir: string): string {
  const parts: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else {
        const stat = fs.statSync(full);
        parts.push(`${full}:${stat.size}:${stat.mtimeMs}`);
      }
    }
  };
  walk(dir);
  return parts.join('\n');
}

const cache = new Map<number, { stamp: string; compiled: CompiledModel }>();

/**
 * The compiled model of a stored version, checked against its frozen digest. Compiled once per process and reused
 * while the files' sizes and times stay the same (a single re-evaluation must not re-read sixty YAML files).
 */
export function compiledModelOf(row: ModelVersionRow): CompiledModel {
  const dir = resolveModelDir(row.dir);
  const name = `${row.model_id}/${row.version}`;
  if (!fs.existsSync(path.join(dir, 'model.yaml'))) {
    throw new AppError('PRECONDITION_FAILED', `模型版本 ${name} 的文件不在原处（${row.dir}），无法用它评价`);
  }
  const stamp = stampOf(dir);
  const cached = cache.get(row.id);
  if (cached && cached.stamp === stamp) return cached.compiled;
  const compiled = compileModelDir(dir);
  if (compiled.model.digest !== row.digest || modelVersionName(compiled.model) !== name) {
    cache.delete(row.id);
    throw new AppError(
      'PRECONDITION_FAILED',
      `模型版本 ${name}（${row.status === 'published' ? '已发布' : row.status === 'retired' ? '已停用' : '草稿'}）的文件已被修改：登记的摘要为 ${row.digest.slice(0, 12)}…，现在的文件为 ${compiled.model.digest.slice(0, 12)}…。` +
        '已发布的版本不可修改；请恢复原文件，或把修改作为新版本模拟后发布',
    );
  }
  cache.set(row.id, { stamp, compiled });
  return compiled;
}
