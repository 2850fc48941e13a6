import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalog, type Catalog } from '../catalog/catalog.ts';
import { isAppError } from '../domain/app-error.ts';
import { addMonths } from '../domain/month-arithmetic.ts';
import { computePublicity, PublicityResolver } from '../domain/publicity.ts';
import { loadPublicityRules } from './load-publicity-rules.ts';
import { compileModel } from './compile-model.ts';
import type { EngineEnterprise, EngineRecord, EvaluationSubject } from './engine-input.ts';
import { evaluate, evaluateBatch, evaluateEach } from './evaluate.ts';
import { fingerprintEnterprise, fingerprintFormatOf } from './fingerprint.ts';
import { loadModelVersion } from './load-model.ts';
import { createRecordBatch, RecordBatchBuilder } from './record-batch.ts';
import { engineRecord } from './test-fixtures/engine-record.ts';

const compiled = compileModel(loadModelVersion('huarong-sci-tech', 'v1'));
const catalog = loadCatalog();
const AS_OF = '2026-06-30';
const record = engineRecord;

const enterprise: EngineEnterprise = {
  uscc: '91420703MA4CTE7Y4J',
  registeredOn: '2018-05-01',
  industryCode: 'C39',
  status: '存续',
  tiers: ['tech_sme'],
};

/** The typical clean firm of model.test.yaml (77.95 points, B). */
function typicalFirm(extra: EngineRecord[] = []): EvaluationSubject {
  return {
    enterprise,
    records: [
      record(1, { kind: 'tax_credit_rating', occurredOn: '2026-04-20', grade: 'B' }),
      record(2, {
        kind: 'national_credit_evaluation',
        occurredOn: '2026-01-15',
        grade: '良',
        departmentCode: 'nacredit',
      }),
      record(3, {
        kind: 'patent',
        occurredOn: '2022-03-01',
        endsOn: '2042-03-01',
        subtype: '发明',
        reportedStatus: '有效',
        departmentCode: 'scjg',
      }),
      ...extra,
    ],
  };
}

function indicator(result: ReturnType<typeof evaluate>, id: string) {
  return result.indicators.find((candidate) => candidate.id === id)!;
}

describe('evaluation', () => {
  test('evaluating the same enterprise twice with the same version and as-of date gives the same fingerprint and result', () => {
    const subject = typicalFirm([
      record(4, {
        kind: 'administrative_penalty',
        level: '一般',
        subtype: '罚款',
        amount: 2,
        occurredOn: '2026-02-01',
      }),
    ]);
    const first = evaluate(subject, compiled, AS_OF);
    const second = evaluate(structuredClone(subject), compiled, AS_OF);
    assert.deepEqual(second, first);
    assert.match(first.fingerprint, /^[0-9a-f]{64}$/);
    assert.equal(first.score, 75.45);
  });

  test('the fingerprint ignores the order records arrive in but changes with any input, the as-of date or the model', () => {
    const subject = typicalFirm();
    const base = evaluate(subject, compiled, AS_OF).fingerprint;
    assert.equal(evaluate({ ...subject, records: [...subject.records].reverse() }, compiled, AS_OF).fingerprint, base);
    const corrected = {
      ...subject,
      records: subject.records.map((item) => (item.id === 1 ? { ...item, version: 2 } : item)),
    };
    assert.notEqual(evaluate(corrected, compiled, AS_OF).fingerprint, base);
    const rehashed = {
      ...subject,
      records: subject.records.map((item) => (item.id === 1 ? { ...item, contentHash: 'f'.repeat(64) } : item)),
    };
    assert.notEqual(evaluate(rehashed, compiled, AS_OF).fingerprint, base);
    assert.notEqual(evaluate(subject, compiled, '2026-07-01').fingerprint, base);
    assert.notEqual(
      evaluate({ ...subject, enterprise: { ...enterprise, tiers: ['high_tech'] } }, compiled, AS_OF).fingerprint,
      base,
    );
    const otherModel = compileModel({ ...compiled.model, digest: '0'.repeat(64) });
    assert.notEqual(evaluate(subject, otherModel, AS_OF).fingerprint, base);
  });

  test('a changed publicity rule changes the fingerprint, while the published model digest stays the same', () => {
    const subject = typicalFirm([
      record(4, {
        kind: 'administrative_penalty',
        level: '一般',
        subtype: '罚款',
        amount: 2,
        occurredOn: '2026-02-01',
      }),
    ]);
    const base = evaluate(subject, compiled, AS_OF);
    const sameRules = compileModel(compiled.model, {
      publicity: new PublicityResolver(structuredClone(loadPublicityRules())),
    });
    assert.equal(
      evaluate(subject, sameRules, AS_OF).fingerprint,
      base.fingerprint,
      'the same rules read again give the same fingerprint',
    );
    const changed = structuredClone(loadPublicityRules());
    changed.generalRegimes[0]!.periods['一般'].maxMonths += 6;
    const changedRules = compileModel(compiled.model, { publicity: new PublicityResolver(changed) });
    const again = evaluate(subject, changedRules, AS_OF);
    assert.equal(again.modelDigest, base.modelDigest);
    assert.notEqual(again.fingerprint, base.fingerprint);
  });

  test('a changed catalog value the evaluation reads changes the fingerprint; an unrelated catalog value does not', () => {
    const subject = typicalFirm();
    const base = evaluate(subject, compiled, AS_OF);
    /** A copy of the catalog with its kinds and departments changed by `change`. */
    const copiedCatalog = (
      change: (copy: { kinds: Catalog['kinds']; departments: Catalog['departments'] }) => void,
    ) => {
      const copy = { kinds: structuredClone(catalog.kinds), departments: structuredClone(catalog.departments) };
      change(copy);
      return {
        ...catalog,
        ...copy,
        kind: (code: string) => copy.kinds.find((kind) => kind.code === code),
      } satisfies Catalog;
    };
    const withCatalog = (copy: Catalog) =>
      compileModel(compiled.model, { catalog: copy, publicity: compiled.publicity });

    const renamed = copiedCatalog(({ departments }) => {
      departments[0]!.name = `${departments[0]!.name}（更名）`;
    });
    assert.equal(evaluate(subject, withCatalog(renamed), AS_OF).fingerprint, base.fingerprint);

    // Which field of a 专利 record holds its reported status (有效/无效) is read by the record reader.
    const movedStatus = copiedCatalog(({ kinds }) => {
      const patent = kinds.find((kind) => kind.code === 'patent')!;
      for (const field of patent.fields) if (field.role === 'status') field.key = 'reported_legal_status';
    });
    const changed = evaluate(subject, withCatalog(movedStatus), AS_OF);
    assert.equal(changed.modelDigest, base.modelDigest);
    assert.notEqual(changed.fingerprint, base.fingerprint);
  });

  test('a fingerprint stored in an older format is still recognised as the fingerprint of the same inputs', () => {
    const batch = createRecordBatch([typicalFirm()]);
    const current = fingerprintEnterprise(compiled, AS_OF, batch, 0);
    const previous = fingerprintEnterprise(compiled, AS_OF, batch, 0, 'xinping-evaluation/3');
    const first = fingerprintEnterprise(compiled, AS_OF, batch, 0, 'xinping-evaluation/2');
    assert.equal(new Set([current, previous, first]).size, 3);
    assert.equal(fingerprintFormatOf(current, compiled, AS_OF, batch, 0), 'xinping-evaluation/4');
    assert.equal(fingerprintFormatOf(previous, compiled, AS_OF, batch, 0), 'xinping-evaluation/3');
    assert.equal(fingerprintFormatOf(first, compiled, AS_OF, batch, 0), 'xinping-evaluation/2');
    const otherInputs = createRecordBatch([typicalFirm([record(9, { kind: 'honor', occurredOn: '2026-02-01' })])]);
    assert.equal(
      fingerprintFormatOf(previous, compiled, AS_OF, otherInputs, 0),
      null,
      'other inputs, no format matches',
    );
  });

  test('a record dated after the as-of date is ignored and listed as excluded with the reason', () => {
    const later = record(9, {
      kind: 'administrative_penalty',
      level: '严重',
      subtype: '罚款',
      amount: 50,
      occurredOn: '2026-07-01',
    });
    const result = evaluate(typicalFirm([later]), compiled, AS_OF);
    assert.equal(result.score, 77.95);
    assert.equal(indicator(result, 'penalties_serious').points, 0);
    assert.deepEqual(result.excluded, [
      { id: 9, version: 1, kind: 'administrative_penalty', occurredOn: '2026-07-01', reason: '发生在评价基准日之后' },
    ]);
    const afterwards = evaluate(typicalFirm([later]), compiled, '2026-07-01');
    assert.equal(indicator(afterwards, 'penalties_serious').points, -30);
  });

  test('expired, repaired and revoked records are excluded from evaluation, each with its reason, but the others count', () => {
    const result = evaluate(
      typicalFirm([
        record(10, {
          kind: 'administrative_penalty',
          level: '一般',
          subtype: '罚款',
          amount: 2,
          occurredOn: '2025-01-10',
        }),
        record(11, {
          kind: 'administrative_penalty',
          level: '严重',
          subtype: '罚款',
          amount: 20,
          occurredOn: '2026-01-10',
          status: 'repaired',
        }),
        record(12, {
          kind: 'administrative_penalty',
          level: '严重',
          subtype: '罚款',
          amount: 20,
          occurredOn: '2026-02-10',
          status: 'revoked',
        }),
        record(13, {
          kind: 'administrative_penalty',
          level: '一般',
          subtype: '罚款',
          amount: 2,
          occurredOn: '2026-03-10',
        }),
      ]),
      compiled,
      AS_OF,
    );
    assert.deepEqual(
      result.excluded.map((item) => `${item.id} ${item.reason}`),
      ['10 公示期满', '11 已修复', '12 已撤销'],
    );
    const general = indicator(result, 'penalties_general');
    assert.deepEqual(
      general.records.map((item) => item.id),
      [13],
    );
    assert.equal(general.points, -10);
    assert.equal(indicator(result, 'penalties_serious').points, 0);
  });

  test('the engine excludes a negative record exactly when its publicity status says it no longer counts', () => {
    const cases: EngineRecord[] = [];
    let id = 100;
    const kinds: [string, string, string | null, string | null, number | null][] = [
      ['administrative_penalty', 'tax', '严重', '罚款', 5],
      ['administrative_penalty', 'tax', '轻微', '警告', null],
      ['administrative_penalty', 'scjg', '一般', '罚款', 0.2],
      ['administrative_penalty', 'scjg', '一般', '警告；罚款', 3],
      ['administrative_penalty', 'sthj', null, '罚款', 3],
      ['administrative_coercion', 'scjg', null, '查封', null],
      ['court_judgment', 'court', null, '被告', 10],
      ['serious_dishonesty_list', 'scjg', null, '拒不履行行政处罚决定', null],
      ['serious_dishonesty_list', 'tax', null, '重大税收违法失信主体', null],
      ['abnormal_operation', 'scjg', null, '未按规定公示年度报告', null],
      ['tax_arrears', 'tax', null, '增值税', 3],
      ['dishonest_judgment_debtor', 'court', null, '违反限制消费令', 20],
    ];
    for (const [kind, departmentCode, level, subtype, amount] of kinds) {
      for (const monthsBefore of [1, 3, 4, 6, 11, 12, 13, 24, 35, 36, 37, 48, 70]) {
        for (const endsAfter of [null, 2, 50]) {
          const occurredOn = addMonths(AS_OF, -monthsBefore);
          const endsOn = endsAfter === null ? null : addMonths(occurredOn, endsAfter);
          cases.push(
            record(id++, {
              kind,
              departmentCode,
              level,
              subtype,
              amount,
              occurredOn,
              endsOn,
              grade: kind === 'court_judgment' ? '败诉' : null,
            }),
          );
        }
      }
    }
    const result = evaluate({ enterprise, records: cases }, compiled, AS_OF);
    const excluded = new Set(result.excluded.map((item) => item.id));
    const resolver = compiled.publicity;
    for (const item of cases) {
      const status = computePublicity(resolver, { ...item, status: 'active' }, AS_OF)!.status;
      assert.equal(
        excluded.has(item.id),
        status === '公示期满',
        `${item.kind} ${item.departmentCode} ${item.level} ${item.occurredOn}→${item.endsOn}: ${status}`,
      );
    }
    assert.ok(excluded.size > 50 && excluded.size < cases.length - 50, 'the grid covers both sides of the windows');
  });

  test('an active serious-dishonesty listing caps the grade at D even when the score alone gives C', () => {
    const result = evaluate(
      typicalFirm([
        record(20, {
          kind: 'serious_dishonesty_list',
          departmentCode: 'scjg',
          occurredOn: '2026-01-10',
          subtype: '拒不履行行政处罚决定',
        }),
      ]),
      compiled,
      AS_OF,
    );
    assert.equal(result.score, 62.95);
    assert.equal(result.gradeBeforeVetoes, 'C');
    assert.equal(result.grade, 'D');
    assert.equal(result.gradeLabel, '较差');
    assert.deepEqual(result.samr, { class: 'D', label: '高风险' });
    assert.deepEqual(
      result.vetoes.map((veto) => veto.id),
      ['serious_dishonesty_list'],
    );
  });

  test('once the listing is removed the veto no longer applies', () => {
    const removed = record(20, {
      kind: 'serious_dishonesty_list',
      departmentCode: 'scjg',
      occurredOn: '2025-01-10',
      endsOn: '2026-03-01',
      subtype: '拒不履行行政处罚决定',
    });
    const result = evaluate(typicalFirm([removed]), compiled, AS_OF);
    assert.equal(result.grade, 'B');
    assert.deepEqual(result.vetoes, []);
  });

  test('the trace shows each indicator’s value, points, weight, records used and parameters read with their dates and references', () => {
    const result = evaluate(typicalFirm(), compiled, AS_OF);
    const tax = indicator(result, 'tax_credit_rating');
    assert.equal(tax.value, 'B');
    assert.equal(tax.points, 15);
    assert.equal(tax.weight, 0.15);
    assert.equal(tax.contribution, 2.25);
    assert.deepEqual(tax.records, [
      { id: 1, version: 1, kind: 'tax_credit_rating', occurredOn: '2026-04-20', factor: 1 },
    ]);
    assert.deepEqual(
      tax.parameters.map((parameter) => [parameter.id, parameter.effectiveFrom, parameter.unit]),
      [
        ['tax_rating_lookback_months', '2019-01-01', '月'],
        ['tax_rating_points', '2019-01-01', '分'],
      ],
    );
    assert.ok(tax.parameters.length > 0 && tax.parameters.every((parameter) => parameter.reference.length > 0));
    assert.equal(result.dimensions.length, 9);
    assert.equal(result.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(result.asOf, AS_OF);
  });

  test('the trace records the parameter value in force on the as-of date, on both sides of its effective date', () => {
    const minor = record(30, {
      kind: 'administrative_penalty',
      level: '轻微',
      subtype: '警告',
      occurredOn: '2026-02-01',
    });
    const before = indicator(evaluate(typicalFirm([minor]), compiled, '2026-03-31'), 'penalties_minor');
    const after = indicator(evaluate(typicalFirm([minor]), compiled, '2026-04-01'), 'penalties_minor');
    assert.deepEqual(
      [before.points, before.parameters.find((p) => p.id === 'penalties_minor_points')!.effectiveFrom],
      [-3, '2019-01-01'],
    );
    assert.deepEqual(
      [after.points, after.parameters.find((p) => p.id === 'penalties_minor_points')!.effectiveFrom],
      [-1, '2026-04-01'],
    );
  });

  test('evaluating before the model’s first evaluable date is refused with a Chinese message', () => {
    assert.throws(
      () => evaluate(typicalFirm(), compiled, '2018-12-31'),
      (error) =>
        isAppError(error) &&
        error.code === 'PRECONDITION_FAILED' &&
        /只能评价 2019-01-01 及以后的日期/.test(error.userMessage),
    );
    assert.throws(
      () => evaluate(typicalFirm(), compiled, '2026-02-30'),
      (error) => isAppError(error) && /评价基准日不是有效日期/.test(error.userMessage),
    );
  });

  test('a batch evaluation gives every enterprise the same score, grade and fingerprint as evaluating it alone', () => {
    const subjects: EvaluationSubject[] = [
      typicalFirm(),
      { enterprise: { ...enterprise, uscc: '91420703MA4CTE7Y4K', registeredOn: null, tiers: [] }, records: [] },
      typicalFirm([
        record(40, {
          kind: 'dishonest_judgment_debtor',
          departmentCode: 'court',
          occurredOn: '2026-02-01',
          subtype: '违反财产报告制度',
          reportedStatus: '全部未履行',
        }),
      ]),
      typicalFirm([
        record(41, { kind: 'tax_arrears', occurredOn: '2026-01-10', subtype: '增值税', amount: 8 }),
        record(42, { kind: 'honor', grade: '国家级', subtype: '科技奖励', departmentCode: 'kjj' }),
      ]),
    ];
    const batch = createRecordBatch(subjects);
    const results = evaluateBatch(batch, compiled, AS_OF, { fingerprints: true });
    subjects.forEach((subject, e) => {
      const single = evaluate(subject, compiled, AS_OF);
      assert.equal(results.scores[e], single.score);
      assert.equal(compiled.model.grades[results.grades[e]].grade, single.grade);
      assert.equal(results.fingerprints![e], single.fingerprint);
    });
    assert.equal(compiled.model.grades[results.grades[2]].grade, 'C', 'the dishonest debtor is capped at C');
  });

  test('what the services store from the batch path (evaluateEach) is what the traced evaluation of each enterprise shows', () => {
    const subjects: EvaluationSubject[] = [
      typicalFirm(),
      { enterprise: { ...enterprise, uscc: '91420703MA4CTE7Y4K', registeredOn: null, tiers: [] }, records: [] },
      typicalFirm([
        record(40, {
          kind: 'dishonest_judgment_debtor',
          departmentCode: 'court',
          occurredOn: '2026-02-01',
          subtype: '违反财产报告制度',
          reportedStatus: '全部未履行',
        }),
      ]),
      typicalFirm([
        record(41, { kind: 'tax_arrears', occurredOn: '2026-01-10', subtype: '增值税', amount: 8 }),
        record(42, { kind: 'honor', grade: '国家级', subtype: '科技奖励', departmentCode: 'kjj' }),
      ]),
    ];
    const batch = createRecordBatch(subjects);
    const seen: Array<{
      e: number;
      score: number;
      grade: string;
      vetoes: string[];
      dimensions: number[];
      points: number[];
    }> = [];
    evaluateEach(batch, compiled, AS_OF, (e, outcome) => {
      seen.push({
        e,
        score: outcome.score,
        grade: compiled.model.grades[outcome.grade].grade,
        vetoes: compiled.vetoes.filter((_, v) => (outcome.vetoMask & (1 << v)) !== 0).map((veto) => veto.id),
        // -0 and 0 are the same points (the trace rounds, the columns do not).
        dimensions: [...outcome.dimensionScores].map((value) => value + 0),
        points: [...outcome.points].map((value) => value + 0),
      });
    });
    assert.deepEqual(
      seen.map((row) => row.e),
      [0, 1, 2, 3],
    );
    for (const row of seen) {
      const traced = evaluate({ batch, enterprise: row.e }, compiled, AS_OF);
      assert.deepEqual(
        traced,
        evaluate(subjects[row.e], compiled, AS_OF),
        'an enterprise read into a batch is traced as when given alone',
      );
      assert.deepEqual(
        { score: row.score, grade: row.grade, vetoes: row.vetoes, dimensions: row.dimensions, points: row.points },
        {
          score: traced.score,
          grade: traced.grade,
          vetoes: traced.vetoes.map((veto) => veto.id),
          dimensions: traced.dimensions.map((dimension) => dimension.score),
          points: compiled.model.indicators.map(
            (indicator) => traced.indicators.find((result) => result.id === indicator.id)!.points,
          ),
        },
      );
    }
    assert.deepEqual(seen[2].vetoes.length, 1, 'the dishonest debtor is vetoed');
  });

  test('evaluateEach leaves out the enterprises it is told to', () => {
    const batch = createRecordBatch([
      typicalFirm(),
      { enterprise: { ...enterprise, uscc: '91420703MA4CTE7Y4K' }, records: [] },
    ]);
    const evaluated: number[] = [];
    evaluateEach(batch, compiled, AS_OF, (e) => evaluated.push(e), { include: (e) => e !== 0 });
    assert.deepEqual(evaluated, [1]);
  });

  test('a batch must be given sha256 content hashes, so fingerprints stay meaningful', () => {
    const builder = new RecordBatchBuilder(1, 1);
    builder.startEnterprise(enterprise);
    assert.throws(() => builder.addRecord({ ...record(1, { kind: 'honor' }), contentHash: 'abc' }), /sha256/);
  });

  test('the batch builder grows past its initial capacity and keeps every enterprise’s records apart', () => {
    const builder = new RecordBatchBuilder(1, 1);
    for (let e = 0; e < 5; e += 1) {
      builder.startEnterprise({ ...enterprise, uscc: `E${e}` });
      for (let i = 0; i < e; i += 1)
        builder.addRecord(
          record(e * 10 + i, {
            kind: 'trademark',
            occurredOn: '2020-01-01',
            endsOn: '2030-01-01',
            subtype: '9',
            departmentCode: 'scjg',
          }),
        );
    }
    const batch = builder.finish();
    assert.equal(batch.enterpriseCount, 5);
    assert.equal(batch.recordCount, 10);
    assert.deepEqual([...batch.enterpriseStart], [0, 0, 1, 3, 6, 10]);
    const results = evaluateBatch(batch, compiled, AS_OF);
    const trademarks = compiled.indicatorPosition.get('trademarks')!;
    const points = [0, 1, 2, 3, 4].map(
      (e) => results.indicatorPoints[e * compiled.model.indicators.length + trademarks],
    );
    assert.deepEqual(points, [0, 2, 4, 6, 8]);
  });
});
