import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { DEFAULT_DATASET, loadDataset } from '../../../bench/dataset.ts';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Store } from '../../store/connect.ts';
import { listEnterprises } from '../enterprises/list-enterprises.ts';
import { resolveAsOf } from '../evaluation/as-of.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { insertRecordHistory, penaltyRecord } from '../evaluation/evaluation-test-support.ts';
import { runEvaluation } from '../evaluation/run-evaluation.ts';
import { jobsOf } from '../jobs/job-registry.ts';
import { startEvaluationJob } from '../model-management/start-model-jobs.ts';
import { listProfileTags } from './list-profile-tags.ts';
import { refreshProfileTagsAfterRun, type ProfileTagRefresh } from './refresh-profile-tags.ts';

const ENTERPRISES = 60;
const operator = '测试员';

/** The stored tag rows, as "enterprise id|tag code|as-of day", in order. */
async function storedTagRows(store: Store): Promise<string[]> {
  const rows = await store.db
    .selectFrom('enterprise_profile_tags')
    .select(['enterprise_id', 'tag_code', 'as_of'])
    .orderBy('enterprise_id')
    .orderBy('tag_code')
    .execute();
  return rows.map((row) => `${row.enterprise_id}|${row.tag_code}|${String(row.as_of)}`);
}

describeOnEachEngine('信用画像 tags after an evaluation run', (store, _engine, owner) => {
  const pastDay = '2026-06-30';
  let penalized: { id: number; uscc: string };
  before(async () => {
    await loadDataset(owner(), { ...DEFAULT_DATASET, enterprises: ENTERPRISES });
    await ensurePublishedModel(store());
    const first = await store()
      .db.selectFrom('enterprises')
      .select(['id', 'uscc'])
      .orderBy('id')
      .executeTakeFirstOrThrow();
    penalized = { id: Number(first.id), uscc: first.uscc };
  });

  test('a fresh platform shows tags right after its first evaluation', async () => {
    const tags = await listProfileTags(store().db);
    assert.equal(tags.refreshedAsOf, resolveAsOf(undefined).asOf);
    assert.ok(
      tags.items.some((tag) => tag.enterpriseCount > 0),
      'some enterprise of the data set carries a tag',
    );
  });

  test('a full run stores grades only; the refresh that follows stores every enterprise’s tags as of the run’s day', async () => {
    const run = await runEvaluation(store(), { kind: 'all', asOf: pastDay, operator });
    assert.notEqual((await listProfileTags(store().db)).refreshedAsOf, pastDay, 'the run itself leaves the tags alone');

    const refresh = await refreshProfileTagsAfterRun(store().db, run);
    assert.equal(refresh.enterprises, ENTERPRISES);
    const tags = await listProfileTags(store().db);
    assert.equal(tags.refreshedAsOf, pastDay);
    for (const tag of tags.items) {
      assert.equal(tag.enterpriseCount, refresh.tagged[tag.code], tag.code);
      assert.equal((await listEnterprises(store().db, { tag: tag.code, limit: 1 })).total, tag.enterpriseCount);
    }
    assert.ok((await storedTagRows(store())).every((row) => row.endsWith(`|${pastDay}`)));
  });

  test('a second daily run on the day of the last refresh refreshes only the enterprises it stored a new evaluation for; the others keep their tag rows', async () => {
    const today = resolveAsOf(undefined).asOf;
    await refreshProfileTagsAfterRun(store().db, await runEvaluation(store(), { kind: 'all', operator }));
    const before = await storedTagRows(store());
    const lastMonth = new Date(Date.parse(today) - 30 * 86_400_000).toISOString().slice(0, 10);
    await insertRecordHistory(store().db, [
      {
        recordedAt: `${lastMonth}T10:00:00+08:00`,
        record: penaltyRecord({
          subjectUscc: penalized.uscc,
          naturalKey: `华市监罚〔2026〕901号|${penalized.uscc}`,
          occurredOn: lastMonth,
        }),
      },
    ]);

    const due = await runEvaluation(store(), { kind: 'due', operator });
    assert.equal(due.stored, 1, 'only the penalized enterprise’s result changed');
    const refresh: ProfileTagRefresh = await refreshProfileTagsAfterRun(store().db, due);
    assert.equal(refresh.enterprises, 1);

    const after = await storedTagRows(store());
    const ofPenalized = (row: string) => row.startsWith(`${penalized.id}|`);
    assert.deepEqual(
      after.filter((row) => !ofPenalized(row)),
      before.filter((row) => !ofPenalized(row)),
      'the enterprises the daily run did not store keep their tags of the earlier run',
    );
    assert.ok(after.includes(`${penalized.id}|recent_dishonesty|${today}`), 'the new penalty shows as 近期失信');
    assert.ok(after.filter(ofPenalized).every((row) => row.endsWith(`|${today}`)));
  });

  test('a daily run on a later day refreshes every enterprise: a penalty past the 12 months of 近期失信 loses the tag with no new evaluation', async () => {
    const earlier = '2026-03-31';
    const recentDishonesty = (row: string) => row.endsWith(`|recent_dishonesty|${pastDay}`);
    await refreshProfileTagsAfterRun(
      store().db,
      await runEvaluation(store(), { kind: 'all', asOf: pastDay, operator }),
    );
    // An enterprise that is not 近期失信 on the later day, to be given a penalty that is recent on the earlier one only.
    const rows = await storedTagRows(store());
    const other = (await store().db.selectFrom('enterprises').select(['id', 'uscc']).orderBy('id').execute()).find(
      (row) =>
        Number(row.id) !== penalized.id && !rows.some((tag) => tag.startsWith(`${row.id}|`) && recentDishonesty(tag)),
    )!;
    await insertRecordHistory(store().db, [
      {
        recordedAt: '2025-05-02T10:00:00+08:00',
        record: penaltyRecord({
          subjectUscc: other.uscc,
          naturalKey: `华市监罚〔2025〕77号|${other.uscc}`,
          occurredOn: '2025-05-01',
        }),
      },
    ]);
    await refreshProfileTagsAfterRun(
      store().db,
      await runEvaluation(store(), { kind: 'all', asOf: earlier, operator }),
    );
    assert.ok(
      (await storedTagRows(store())).includes(`${other.id}|recent_dishonesty|${earlier}`),
      'recent on the earlier day',
    );

    const due = await runEvaluation(store(), { kind: 'due', asOf: pastDay, operator });
    assert.ok(due.stored < ENTERPRISES, 'the daily run stores only the results that changed');
    const refresh = await refreshProfileTagsAfterRun(store().db, due);
    assert.equal(refresh.enterprises, ENTERPRISES);
    const after = await storedTagRows(store());
    assert.ok(!after.some((row) => row.startsWith(`${other.id}|recent_dishonesty|`)), 'the penalty is 14 months old');
    assert.ok(after.length > 0 && after.every((row) => row.endsWith(`|${pastDay}`)));
  });

  test('a re-evaluation started from the console is done before its tags; the refresh job after it stores them', async () => {
    const started = await startEvaluationJob(store(), { asOf: pastDay, operator });
    await jobsOf(store()).whenIdle();
    const [refreshJob] = jobsOf(store()).list(['profile.refresh_tags']);
    assert.equal(jobsOf(store()).find(started.id).status, 'done');
    assert.equal(refreshJob?.status, 'done', refreshJob?.message);
    assert.equal((refreshJob.result as ProfileTagRefresh).enterprises, ENTERPRISES);
    assert.ok((await storedTagRows(store())).every((row) => row.endsWith(`|${pastDay}`)));
  });
});
