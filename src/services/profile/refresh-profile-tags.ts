import type { Kysely } from 'kysely';
import type { Database } from '../../store/database.ts';
import type { RunKind } from '../../store/evaluation.repository.ts';
import { findEnterprisesEvaluatedByRun } from '../../store/evaluation.repository.ts';
import {
  findOldestProfileTagDay,
  replaceProfileTags,
  type StoredProfileTag,
} from '../../store/profile-tag.repository.ts';
import { loadEnterpriseFacts } from '../policy-matching/load-enterprise-facts.ts';
import { evaluationContextOn } from '../policy-matching/match-policies.ts';
import { computeProfileTags } from './compute-profile-tags.ts';
import { loadProfileTags } from './load-profile-tags.ts';

/** Enterprises refreshed per transaction by a daily run's refresh. */
const CHUNK = 20_000;

export interface ProfileTagRefresh {
  asOf: string;
  enterprises: number;
  /** How many enterprises carry each tag, by code (every tag listed, 0 included). */
  tagged: Record<string, number>;
  seconds: number;
  /** Where the time went (milliseconds): loading the facts, running the rules, replacing the stored rows. */
  timings: { loadMs: number; computeMs: number; writeMs: number };
}

/**
 * Recomputes the 信用画像 tags of every enterprise (or the ones given) and stores them, replacing the previous set in
 * one transaction: the facts of all enterprises are loaded in a few queries and the rules run in memory, as policy
 * matching does.
 */
export async function refreshProfileTags(
  db: Kysely<Database>,
  options: { asOf: string; enterpriseIds?: number[] },
): Promise<ProfileTagRefresh> {
  const started = performance.now();
  const tags = loadProfileTags();
  const enterprises = await loadEnterpriseFacts(
    db,
    tags.map((tag) => tag.condition),
    { asOf: options.asOf, enterpriseIds: options.enterpriseIds },
  );
  const loaded = performance.now();
  const context = evaluationContextOn(options.asOf);
  const stored: StoredProfileTag[] = [];
  const tagged: Record<string, number> = Object.fromEntries(tags.map((tag) => [tag.code, 0]));
  for (const facts of enterprises)
    for (const tag of computeProfileTags(tags, facts, context)) {
      stored.push({ enterpriseId: facts.enterpriseId, tagCode: tag.code, facts: tag.facts });
      tagged[tag.code]! += 1;
    }
  const computed = performance.now();
  await db.transaction().execute((trx) =>
    replaceProfileTags(trx, {
      asOf: options.asOf,
      enterpriseIds: options.enterpriseIds ?? null,
      tags: stored,
    }),
  );
  const written = performance.now();
  return {
    asOf: options.asOf,
    enterprises: enterprises.length,
    tagged,
    seconds: Math.round((written - started) / 10) / 100,
    timings: {
      loadMs: Math.round(loaded - started),
      computeMs: Math.round(computed - loaded),
      writeMs: Math.round(written - computed),
    },
  };
}

/**
 * The refresh that follows an evaluation run, on the run's as-of date, so the 企业库 tag filter follows the grades
 * it reads: a full run (`all`, `publish`) refreshes every enterprise. A daily run (`due`) does too when some stored
 * tag is of an earlier day: tags also change with the date alone (a penalty leaves the 12 months of 近期失信, a
 * listing ends), with no new evaluation to say so. A second daily run on the same day refreshes only the enterprises
 * it stored a new evaluation for; the others keep their tags of that day. Kept out of the run itself
 * (run-evaluation.ts): the run is done when its grades are stored, and the refresh is a step of its own (a job in the
 * server, start-profile-tag-refresh.ts).
 *
 * AMBIGUITY: an enterprise without any tag leaves no row to date; it is taken to have been refreshed with the others.
 * The date alone only removes tags (windows and listings end), except for a record dated after the day it was
 * recorded, which the import refuses.
 */
export async function refreshProfileTagsAfterRun(
  db: Kysely<Database>,
  run: { runId: number; kind: RunKind; asOf: string },
): Promise<ProfileTagRefresh> {
  const oldest = run.kind === 'due' ? await findOldestProfileTagDay(db) : null;
  if (run.kind !== 'due' || oldest === null || oldest < run.asOf) return refreshProfileTags(db, { asOf: run.asOf });
  const ids = await findEnterprisesEvaluatedByRun(db, run.runId);
  const total: ProfileTagRefresh = {
    asOf: run.asOf,
    enterprises: 0,
    tagged: Object.fromEntries(loadProfileTags().map((tag) => [tag.code, 0])),
    seconds: 0,
    timings: { loadMs: 0, computeMs: 0, writeMs: 0 },
  };
  // In chunks: the ids become statement parameters, of which PostgreSQL takes at most 65,535.
  for (let start = 0; start < ids.length; start += CHUNK) {
    const part = await refreshProfileTags(db, { asOf: run.asOf, enterpriseIds: ids.slice(start, start + CHUNK) });
    total.enterprises += part.enterprises;
    for (const [code, count] of Object.entries(part.tagged)) total.tagged[code]! += count;
    total.seconds = Math.round((total.seconds + part.seconds) * 100) / 100;
    total.timings.loadMs += part.timings.loadMs;
    total.timings.computeMs += part.timings.computeMs;
    total.timings.writeMs += part.timings.writeMs;
  }
  return total;
}
