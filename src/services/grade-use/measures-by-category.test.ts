import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gradeEnterprises, insertPublishedModelVersion } from '../../../test/support/grade-use-fixture.ts';
import { createTestStore, engines } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Store } from '../../store/connect.ts';
import { writeRecords } from '../../store/record.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { findApplicableMeasures } from './find-applicable-measures.ts';
import { reportMeasureFeedback } from './report-measure-feedback.ts';
import { listMeasureFeedback, summarizeMeasureUse } from './summarize-measure-use.ts';

const TODAY = '2026-12-01';
const usccs = Array.from({ length: 3 }, (_, index) =>
  makeUscc(`91420703${makeOrganizationCode(`MA4C${String(index).padStart(4, '0')}`)}`),
);
const [listed, clean, removed] = usccs as [string, string, string];

function listing(uscc: string, name: string, listedOn: string, removedOn: string | null): NormalizedRecord {
  return {
    sourceRow: 2,
    subjectUscc: uscc,
    subjectName: name,
    kind: 'serious_dishonesty_list',
    naturalKey: `${uscc}|${listedOn}|华容区市场监督管理局`,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: listedOn,
    endsOn: removedOn,
    level: '严重',
    subtype: '拒不履行行政处罚决定',
    grade: null,
    amount: null,
    quantity: null,
    fields: {
      listing_reason: '拒不履行行政处罚决定',
      listed_on: listedOn,
      listing_authority: '华容区市场监督管理局',
      removed_on: removedOn,
      decision_number: '华市监列严〔2026〕1号',
    },
  };
}

/** Three grade-A enterprises: one on the 严重违法失信名单, one with no record, one listed and since removed. */
async function seed(store: Store): Promise<void> {
  const names = ['鄂州列入科技有限公司', '鄂州守信科技有限公司', '鄂州移出科技有限公司'];
  await registerEnterprises(
    store.db,
    '测试',
    usccs.map((uscc, index) => ({
      uscc,
      name: names[index]!,
      legalRepresentative: null,
      status: '存续',
      industryCode: 'I65',
      registeredOn: '2020-01-01',
    })),
    { today: '2026-11-01' },
  );
  const versionId = await insertPublishedModelVersion(store.db);
  const ids = await store.db.selectFrom('enterprises').select('id').execute();
  await gradeEnterprises(
    store.db,
    versionId,
    ids.map((row) => ({ enterpriseId: Number(row.id), grade: 'A', score: 92, asOf: '2026-11-01' })),
  );
  await store.db.transaction().execute(async (trx) => {
    await writeRecords(trx, null, '测试', [
      listing(listed, names[0]!, '2026-10-01', null),
      listing(removed, names[2]!, '2026-03-01', '2026-09-01'),
    ]);
    await appendAuditEvent(trx, {
      actor: '测试',
      action: 'record.corrected',
      subjectType: 'enterprise',
      subjectId: listed,
      payload: {},
    });
  });
}

for (const engine of engines()) {
  describe(`measures by category of dishonesty on ${engine}`, () => {
    let store: Store;
    let drop: () => Promise<void>;
    before(async () => {
      ({ store, drop } = await createTestStore(engine));
      await seed(store);
    });
    after(async () => drop?.());

    test('an enterprise on the 严重失信主体名单 gets that category’s restrictions although its grade A alone gives none, and the answer names the category and the listing record', async () => {
      const answer = await findApplicableMeasures(store.db, {
        uscc: listed,
        scene: 'awards',
        actor: 'scjg-system',
        today: TODAY,
      });
      assert.equal(answer.grade, 'A');
      assert.deepEqual(
        answer.measures.map((measure) => measure.label),
        ['限制参加评优评先'],
      );
      const trigger = answer.measures[0]!.triggeredBy;
      assert.equal(trigger.grade, null, 'the grade did not trigger it');
      assert.deepEqual(
        trigger.categories.map((category) => category.label),
        ['严重失信主体名单'],
      );
      assert.deepEqual(
        trigger.categories[0]!.records.map((record) => [record.kindLabel, record.occurredOn, record.subtype]),
        [['严重违法失信名单', '2026-10-01', '拒不履行行政处罚决定']],
      );
      assert.deepEqual(
        answer.withheld.map((measure) => [measure.label, measure.categoryLabel]),
        [
          ['“守合同、重信用”企业优先推荐', '严重失信主体名单'],
          ['“湖北精品”培育认定优先推荐', '严重失信主体名单'],
        ],
      );
    });

    test('in supervision the same listing raises the inspection frequency, naming both the category and the record kind', async () => {
      const answer = await findApplicableMeasures(store.db, {
        uscc: listed,
        scene: 'supervision',
        actor: 'scjg-system',
        today: TODAY,
      });
      assert.deepEqual(
        answer.measures.map((measure) => [measure.label, measure.triggeredBy.categories[0]?.records[0]?.kind]),
        [['提高抽查比例和频次', 'serious_dishonesty_list']],
      );
    });

    test('a grade-A enterprise with no record, or whose listing was removed, gets the incentives of its grade and no restriction', async () => {
      for (const uscc of [clean, removed]) {
        const answer = await findApplicableMeasures(store.db, {
          uscc,
          scene: 'awards',
          actor: 'scjg-system',
          today: TODAY,
        });
        assert.deepEqual(answer.categories, [], uscc);
        assert.deepEqual(
          answer.measures.map((measure) => [measure.label, measure.triggeredBy.grade]),
          [
            ['“守合同、重信用”企业优先推荐', 'A'],
            ['“湖北精品”培育认定优先推荐', 'A'],
          ],
        );
      }
    });

    test('the answer’s audit event keeps the category and its record next to the measures answered', async () => {
      const events = await store.db
        .selectFrom('audit_events')
        .select('payload')
        .where('action', '=', 'measures.queried')
        .where('subject_id', '=', listed)
        .orderBy('seq')
        .execute();
      assert.equal(events.length, 2);
      const payload = events[0]!.payload as { measures: string[]; categories: { code: string; records: number[] }[] };
      assert.deepEqual(payload.measures, ['award_restriction']);
      assert.equal(payload.categories[0]!.code, 'serious_dishonesty_list');
      assert.equal(payload.categories[0]!.records.length, 1);
    });

    test('a department’s feedback that it applied a measure is stored, audited and counted under that measure', async () => {
      const feedback = await reportMeasureFeedback(store.db, {
        measure: 'award_restriction',
        uscc: listed,
        departmentCode: 'scjg',
        appliedOn: '2026-11-28',
        result: 'applied',
        note: '不予推荐参加2026年度“守合同、重信用”企业评选',
        actor: 'scjg-operator',
        today: TODAY,
      });
      assert.equal(feedback.resultLabel, '已实施');
      const event = await store.db
        .selectFrom('audit_events')
        .selectAll()
        .where('seq', '=', feedback.auditSeq)
        .executeTakeFirstOrThrow();
      assert.equal(event.action, 'measures.feedback_reported');
      assert.equal(event.actor, 'scjg-operator');
      assert.equal((event.payload as { feedbackId: number }).feedbackId, feedback.id);

      const listedFeedback = await listMeasureFeedback(store.db, { departmentCode: 'scjg' });
      assert.deepEqual(
        listedFeedback.map((row) => [row.measureLabel, row.enterpriseName, row.appliedOn, row.resultLabel]),
        [['限制参加评优评先', '鄂州列入科技有限公司', '2026-11-28', '已实施']],
      );
      assert.deepEqual(await listMeasureFeedback(store.db, { departmentCode: 'tax' }), []);

      const use = await summarizeMeasureUse(store.db, {});
      const restriction = use.find((row) => row.code === 'award_restriction')!;
      assert.deepEqual(
        { answers: restriction.answers, feedbacks: restriction.feedbacks, applied: restriction.applied },
        { answers: 1, feedbacks: 1, applied: 1 },
      );
      const incentive = use.find((row) => row.code === 'award_priority_contract')!;
      assert.deepEqual({ answers: incentive.answers, feedbacks: incentive.feedbacks }, { answers: 2, feedbacks: 0 });
    });

    test('a feedback for an unknown measure, an unknown enterprise or a not-applied result without a reason is refused naming the field', async () => {
      const base = {
        measure: 'award_restriction',
        uscc: listed,
        departmentCode: 'scjg',
        appliedOn: '2026-11-28',
        result: 'applied' as const,
        actor: 'scjg-operator',
        today: TODAY,
      };
      await assert.rejects(reportMeasureFeedback(store.db, { ...base, measure: 'no_such_measure' }), {
        code: 'INVALID_INPUT',
        userMessage: /措施（measure）“no_such_measure”不在/,
      });
      const unknown = makeUscc(`91420703${makeOrganizationCode('MA4C9999')}`);
      await assert.rejects(reportMeasureFeedback(store.db, { ...base, uscc: unknown }), {
        code: 'INVALID_INPUT',
        userMessage: new RegExp(`企业（uscc）：未找到统一社会信用代码为 ${unknown} 的企业`),
      });
      await assert.rejects(reportMeasureFeedback(store.db, { ...base, result: 'not_applied' }), {
        userMessage: /说明（note）/,
      });
      await assert.rejects(reportMeasureFeedback(store.db, { ...base, appliedOn: '2026-12-02' }), {
        userMessage: /实施日期（appliedOn）/,
      });
      const stored = await store.db
        .selectFrom('measure_feedback')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      assert.equal(Number(stored.count), 1, 'only the accepted feedback was stored');
    });
  });
}
