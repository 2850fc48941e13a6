import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  addDays,
  addMonthsToDay,
  firstDayMonthsAfter,
  fromDayNumber,
  parseIsoDay,
} from '../domain/month-arithmetic.ts';
import { BatchEvaluator } from './batch-evaluator.ts';
import { compileModel, NEVER } from './compile-model.ts';
import type { EngineRecord, EvaluationSubject } from './engine-input.ts';
import { loadModelVersion } from './load-model.ts';
import { createRecordBatch, type RecordBatch } from './record-batch.ts';
import { engineRecord } from './test-fixtures/engine-record.ts';

// nextChangeDay is what lets the daily run skip an enterprise: until that day the same inputs must give the same
// result. Checked here against the engine itself, day by day, on enterprises with records of every kind the model
// reads, and on cases where the day is known exactly.

const model = loadModelVersion('huarong-sci-tech', 'v1');
const compiled = compileModel(model);
const AS_OF = '2026-06-30';

/** Every string a filter or table of the model names (so random records hit the model's branches). */
function modelVocabulary(): string[] {
  const words = new Set<string>(['一般', '严重', '轻微']);
  for (const indicator of model.indicators) {
    for (const values of Object.values(indicator.rule.where)) for (const value of values ?? []) words.add(value);
  }
  for (const parameter of model.parameters.values())
    for (const value of parameter.values)
      if (value.value && typeof value.value === 'object' && !Array.isArray(value.value))
        for (const key of Object.keys(value.value)) if (key !== 'default' && key !== 'none') words.add(key);
  return [...words];
}

/** A deterministic pseudo-random generator (mulberry32), so a failure names a reproducible enterprise. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSubjects(count: number, seed: number): EvaluationSubject[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const words = modelVocabulary();
  const asOfDay = parseIsoDay(AS_OF);
  const day = (from: number, span: number) => fromDayNumber(asOfDay + from + Math.floor(next() * span));
  let id = 0;
  return Array.from({ length: count }, (): EvaluationSubject => {
    const records: EngineRecord[] = Array.from({ length: Math.floor(next() * 12) }, () => {
      id += 1;
      const occurredOn = next() < 0.05 ? null : day(-6 * 366, 6 * 366 + 400);
      return engineRecord(id, {
        kind: pick(compiled.inputKinds),
        status: next() < 0.9 ? 'active' : pick(['revoked', 'repaired', 'removed']),
        occurredOn,
        endsOn: next() < 0.4 && occurredOn ? addDays(occurredOn, Math.floor(next() * 1500)) : null,
        level: next() < 0.5 ? pick(words) : null,
        subtype: next() < 0.6 ? pick(words) : null,
        grade: next() < 0.3 ? pick(words) : null,
        amount: next() < 0.5 ? Math.round(next() * 1000) / 10 : null,
        quantity: next() < 0.3 ? Math.floor(next() * 20) : null,
        departmentCode: pick(['tax', 'market', 'ecology', 'court', 'science']),
        reportedStatus: next() < 0.3 ? pick(words) : null,
      });
    });
    return {
      enterprise: {
        uscc: `9142070${String(id).padStart(10, '0')}X`,
        registeredOn: day(-30 * 365, 30 * 365 + 200),
        industryCode: 'C39',
        status: '存续',
        tiers: next() < 0.3 ? [pick(['tech_sme', 'high_tech', 'little_giant', 'gazelle'])] : [],
      },
      records,
    };
  });
}

/** Each enterprise's result as of a day, as one comparable string (score, grade, vetoes, every indicator's points). */
function resultsOn(batch: RecordBatch, asOf: string): { results: string[]; nextChange: number[] } {
  const evaluator = new BatchEvaluator(compiled.prepare(asOf), batch);
  const results: string[] = [];
  const nextChange: number[] = [];
  for (let e = 0; e < batch.enterpriseCount; e += 1) {
    evaluator.run(e);
    results.push(`${evaluator.score}|${evaluator.grade}|${evaluator.vetoMask}|${evaluator.points.join(',')}`);
    nextChange.push(evaluator.nextChangeDay);
  }
  return { results, nextChange };
}

describe('the day a result can next change by itself (nextChangeDay)', () => {
  test('firstDayMonthsAfter is the first day whose month-rule step back reaches the date, at month ends too', () => {
    const start = parseIsoDay('2023-12-25');
    for (let date = start; date < start + 800; date += 1) {
      for (const months of [1, 6, 12, 24, 36]) {
        const found = firstDayMonthsAfter(date, months);
        assert.ok(addMonthsToDay(found, -months) >= date, `${fromDayNumber(date)} + ${months}`);
        assert.ok(addMonthsToDay(found - 1, -months) < date, `${fromDayNumber(date)} + ${months}: not the first day`);
      }
    }
    // 29 February leaves a 12-month window on 1 March of the next year (28 February still reaches back to the 28th).
    assert.equal(fromDayNumber(firstDayMonthsAfter(parseIsoDay('2024-02-29'), 12)), '2025-03-01');
  });

  test('until that day every enterprise keeps its result, day by day, for 400 days of random records', () => {
    const subjects = randomSubjects(300, 20261207);
    const batch = createRecordBatch(subjects);
    const start = resultsOn(batch, AS_OF);
    const asOfDay = parseIsoDay(AS_OF);
    const open = new Set(start.nextChange.map((_, e) => e));
    let changedOnTheDay = 0;
    for (let day = asOfDay + 1; day <= asOfDay + 400 && open.size > 0; day += 1) {
      const now = resultsOn(batch, fromDayNumber(day));
      for (const e of [...open]) {
        if (day < start.nextChange[e]) {
          assert.equal(
            now.results[e],
            start.results[e],
            `enterprise ${e} (${subjects[e]!.enterprise.uscc}) changed on ${fromDayNumber(day)}, before its next change day ${fromDayNumber(start.nextChange[e]!)}`,
          );
        } else {
          if (now.results[e] !== start.results[e]) changedOnTheDay += 1;
          open.delete(e);
        }
      }
    }
    // Not a day that says "every day" to everyone: most results hold for weeks, and most days found are real changes.
    const spans = start.nextChange.map((next) => Math.min(next, asOfDay + 10_000) - asOfDay).sort((a, b) => a - b);
    assert.ok(spans[Math.floor(spans.length / 2)]! > 30, `median span ${spans[Math.floor(spans.length / 2)]} days`);
    const reached = start.nextChange.filter((next) => next <= asOfDay + 400).length;
    assert.ok(changedOnTheDay > reached / 2, `${changedOnTheDay} of ${reached} next change days changed the result`);
  });

  test('a record in a months window gives the exact day it leaves; the age gives the anniversary that reaches a band', () => {
    const window = model.indicators.find((indicator) => indicator.rule.window.type === 'months')!;
    const months = model.parameters.get((window.rule.window as { parameter: string }).parameter)!.values.at(-1)!
      .value as number;
    const occurredOn = '2025-03-31';
    // Registered 16 years ago: past every band of enterprise_age_points (1, 3, 5 and 10 years), so only the record counts.
    const subject: EvaluationSubject = {
      enterprise: {
        uscc: '91420703MA4CTE7Y4J',
        registeredOn: '2010-07-15',
        industryCode: 'C39',
        status: '存续',
        tiers: [],
      },
      records: [engineRecord(1, { kind: window.rule.kinds[0]!, occurredOn, ...whereValues(window.rule.where) })],
    };
    const evaluator = new BatchEvaluator(compiled.prepare(AS_OF), createRecordBatch([subject]));
    evaluator.run(0);
    assert.equal(
      fromDayNumber(evaluator.nextChangeDay),
      fromDayNumber(firstDayMonthsAfter(parseIsoDay(occurredOn), months)),
    );
    // Four years old on the as-of date: the next band starts at five years, not at the next anniversary but one.
    const young = { ...subject.enterprise, registeredOn: '2021-09-10' };
    const bare = new BatchEvaluator(compiled.prepare(AS_OF), createRecordBatch([{ enterprise: young, records: [] }]));
    bare.run(0);
    assert.equal(fromDayNumber(bare.nextChangeDay), '2026-09-10');
    const old = new BatchEvaluator(
      compiled.prepare(AS_OF),
      createRecordBatch([{ enterprise: subject.enterprise, records: [] }]),
    );
    old.run(0);
    assert.equal(old.nextChangeDay, NEVER);
  });
});

/** The first allowed value of each filter, so a record passes the indicator's filters. */
function whereValues(where: Record<string, string[] | undefined>): Partial<EngineRecord> {
  const fields: Record<string, string> = {};
  for (const [key, values] of Object.entries(where))
    if (values?.length)
      fields[key === 'department' ? 'departmentCode' : key === 'reported_status' ? 'reportedStatus' : key] = values[0]!;
  return fields as Partial<EngineRecord>;
}
