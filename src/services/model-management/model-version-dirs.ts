import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { findModelDirs, MODELS_DIR } from '../../engine/load-model.ts';

/**
 * Where model versions are found on disk: the versions shipped with the platform (`models/<id>/<version>/`) and the
 * district's own drafts in the data directory (`<dataDir>/models/<id>/<version>/`), which an administrator prepares
 * there (a copy of the published version with changed parameters) before simulating it from the console. A version
 * is named by its model id and version; a name already taken by a shipped version is not looked up in the data
 * directory, so a draft can never shadow what the platform ships.
 */

export interface ModelVersionDir {
  modelId: string;
  version: string;
  dir: string;
  source: 'platform' | 'data-dir';
}

/** The data directory's folder of drafts. */
export function draftRootOf(dataDir: string): string {
  return path.join(dataDir, 'models');
}

/** Every model directory on disk, shipped versions first; a draft named like a shipped version is left out. */
export function findModelVersionDirs(dataDir: string): ModelVersionDir[] {
  const found: ModelVersionDir[] = [];
  const taken = new Set<string>();
  const roots: Array<[string, ModelVersionDir['source']]> = [
    [MODELS_DIR, 'platform'],
    [draftRootOf(dataDir), 'data-dir'],
  ];
  for (const [root, source] of roots) {
    if (source === 'data-dir' && path.resolve(root) === path.resolve(MODELS_DIR)) continue;
    for (const dir of findModelDirs(root)) {
      const { modelId, version } = nameOf(dir);
      const key = `${modelId}/${version}`;
      if (taken.has(key)) continue;
      taken.add(key);
      found.push({ modelId, version, dir, source });
    }
  }
  return found;
}

/** The id and version model.yaml declares (the directory's names when it cannot be read: loading will say why). */
function nameOf(dir: string): { modelId: string; version: string } {
  try {
    const head = YAML.parse(fs.readFileSync(path.join(dir, 'model.yaml'), 'utf8')) as {
      id?: unknown;
      version?: unknown;
    } | null;
    if (typeof head?.id === 'string' && typeof head.version === 'string')
      return { modelId: head.id, version: head.version };
  } catch {
    // fall through
  }
  return { modelId: path.basename(path.dirname(dir)), version: path.basename(dir) };
}
