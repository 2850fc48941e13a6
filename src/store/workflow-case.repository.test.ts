import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { transitionCase } from './workflow-case.repository.ts';

describeOnEachEngine('compare-and-set on a case', (store) => {
  async function publishCase(): Promise<{ id: number; version: number }> {
    const db = store().db;
    await db
      .insertInto('enterprises')
      .values({ uscc: '91420703MA4F1B2C3D', name: '鄂州华容测试科技有限公司' })
      .onConflict((conflict) => conflict.column('uscc').doNothing())
      .execute();
    const enterprise = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', '91420703MA4F1B2C3D')
      .executeTakeFirstOrThrow();
    return db
      .insertInto('honest_cases')
      .values({
        enterprise_id: enterprise.id,
        title: '守信经营',
        story: '连续五年按期纳税',
        highlights: '[]',
        grade: 'A',
        grade_as_of: '2026-11-30',
        published_by: 'office',
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
  }
  const withdrawal = (actor: string) => ({
    state: 'withdrawn',
    withdrawn_by: actor,
    withdrawn_at: sql<Date>`now()`,
    withdrawal_reason: '企业信用等级下调',
  });

  test('a writer that read the current state and version wins and the version goes up by one', async () => {
    const read = await publishCase();
    const row = await transitionCase(store().db, 'honest_cases', { ...read, state: 'published' }, withdrawal('甲'));
    assert.equal(row?.state, 'withdrawn');
    assert.equal(row?.withdrawn_by, '甲');
    assert.equal(row?.version, read.version + 1);
  });

  test('of two writers that read the same version only the first changes the case; the second is told it lost', async () => {
    const read = await publishCase();
    const first = await transitionCase(store().db, 'honest_cases', { ...read, state: 'published' }, withdrawal('甲'));
    const second = await transitionCase(store().db, 'honest_cases', { ...read, state: 'published' }, withdrawal('乙'));
    assert.equal(first?.withdrawn_by, '甲');
    assert.equal(second, undefined);
    const stored = await store()
      .db.selectFrom('honest_cases')
      .select(['withdrawn_by', 'version'])
      .where('id', '=', read.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, { withdrawn_by: '甲', version: read.version + 1 });
  });

  test('a case no longer in the expected state is not changed even at the version that was read', async () => {
    const read = await publishCase();
    assert.equal(
      await transitionCase(
        store().db,
        'honest_cases',
        { ...read, state: 'withdrawn' },
        { withdrawal_reason: '不应写入' },
      ),
      undefined,
    );
    const stored = await store()
      .db.selectFrom('honest_cases')
      .select(['state', 'withdrawal_reason'])
      .where('id', '=', read.id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(stored, { state: 'published', withdrawal_reason: null });
  });
});
