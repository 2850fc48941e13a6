import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalog } from '../../catalog/catalog.ts';
import { loadSigningKey, type SigningKey } from '../crypto/signing-key.ts';
import { compileModel } from '../../engine/compile-model.ts';
import { reportedStatusFieldKeys } from '../../engine/engine-input.ts';
import { evaluate } from '../../engine/evaluate.ts';
import { loadModelVersion } from '../../engine/load-model.ts';
import type { EvaluationResult } from '../../engine/trace.ts';
import type { ReportSubject } from './load-report-subject.ts';

/** Model v1, compiled once, for tests that build reports without a store. */
export const compiledV1 = compileModel(loadModelVersion('huarong-sci-tech', 'v1'));

/** Evaluates a report subject with the engine alone (no store, nothing stored): what a report of it would show. */
export function evaluateSubject(subject: ReportSubject, asOf: string): EvaluationResult {
  const statusKeys = reportedStatusFieldKeys(loadCatalog());
  const { enterprise } = subject;
  return evaluate(
    {
      enterprise: {
        uscc: enterprise.uscc,
        registeredOn: enterprise.registered_on,
        industryCode: enterprise.industry_code,
        status: enterprise.status,
        tiers: enterprise.tiers,
      },
      records: subject.records.map((record) => {
        const statusKey = statusKeys.get(record.kind);
        const reported = statusKey === undefined ? null : record.fields[statusKey];
        return { ...record, reportedStatus: typeof reported === 'string' ? reported : null };
      }),
    },
    compiledV1,
    asOf,
  );
}

/** A signing key of its own for a test, in a fresh temporary data directory (SM2 unless the env chooses otherwise). */
export function createTestSigningKey(env: NodeJS.ProcessEnv = {}): SigningKey {
  return loadSigningKey(fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-signing-')), env);
}

/** Every page of a PDF rasterized by poppler's pdftoppm, as raw pixels (PPM), first page first. */
export function rasterizePdf(pdf: Buffer, dpi = 100): Buffer[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-raster-'));
  try {
    fs.writeFileSync(path.join(dir, 'file.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), path.join(dir, 'file.pdf'), path.join(dir, 'page')]);
    return fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.ppm'))
      .sort((a, b) => Number(/(\d+)\.ppm$/.exec(a)![1]) - Number(/(\d+)\.ppm$/.exec(b)![1]))
      .map((name) => fs.readFileSync(path.join(dir, name)));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
