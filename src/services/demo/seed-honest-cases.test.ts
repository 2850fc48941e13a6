import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { listPublicHonestCases } from '../public-portal/list-honest-cases.ts';
import { commitBatch } from '../records/commit-batch.ts';
import { DEMO_OPERATOR } from './generate-demo.ts';
import { seedHonestCases } from './seed-honest-cases.ts';

/** The demo's 诚信典型案例: chosen from A-grade enterprises with honours, published through the audited use case. */
describeOnEachEngine('the demo honest cases', (current) => {
  const codes = ['MA4C0001', 'MA4C0002', 'MA4C0003'].map((code) => makeUscc(`91420703${makeOrganizationCode(code)}`));
  const names = ['鄂州荣誉甲科技有限公司', '鄂州荣誉乙科技有限公司', '鄂州荣誉丙科技有限公司'];

  const honour = (index: number, name: string, on: string): NormalizedRecord => ({
    sourceRow: 2,
    subjectUscc: codes[index]!,
    subjectName: names[index]!,
    kind: 'honor',
    naturalKey: `${codes[index]}|${name}|${on}`,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: on,
    endsOn: null,
    level: null,
    subtype: '守合同重信用',
    grade: '省级',
    amount: null,
    quantity: null,
    fields: {
      subject_name: names[index],
      subject_uscc: codes[index],
      honor_name: name,
      honor_level: '省级',
      honor_type: '守合同重信用',
      awarding_body: '湖北省市场监督管理局',
      awarded_on: on,
    },
  });

  before(async () => {
    const db = current().db;
    await registerEnterprises(
      db,
      '测试',
      codes.map((uscc, index) => ({
        uscc,
        name: names[index]!,
        status: '存续',
        registeredOn: '2015-03-01',
        tiers: ['tech_sme'],
      })),
      { today: '2026-11-01' },
    );
    const records = [
      honour(0, '湖北省守合同重信用企业', '2025-06-01'),
      honour(0, '湖北精品', '2026-03-01'),
      honour(1, '湖北省守合同重信用企业', '2025-06-01'),
      honour(2, '湖北精品', '2026-03-01'),
    ];
    await commitBatch(
      db,
      {
        departmentCode: 'scjg',
        kind: 'honor',
        fileName: 'honor.json',
        fileHash: 'honor',
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [records],
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );
    await ensurePublishedModel(current());
    // The first two hold an A now (stored directly, as a later evaluation), the third keeps what the model gave it.
    const model = await db
      .selectFrom('model_versions')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    const enterprises = await db
      .selectFrom('enterprises')
      .select(['id', 'uscc'])
      .where('uscc', 'in', codes.slice(0, 2))
      .execute();
    for (const enterprise of enterprises) {
      await db
        .insertInto('evaluations')
        .values({
          enterprise_id: enterprise.id,
          model_version_id: model.id,
          run_id: null,
          reason: 'evaluate',
          as_of: '2099-01-01',
          score: 90,
          grade: 'A',
          vetoes: null,
          dimension_scores: Buffer.alloc(0),
          indicator_points: Buffer.alloc(0),
          fingerprint: 'test',
          result_hash: 0,
        })
        .execute();
    }
  });

  test('cases are published for the A-grade enterprises with honours, most honours first, with the honours as highlights, once', async () => {
    const db = current().db;
    const third = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', codes[2]!)
      .executeTakeFirstOrThrow();
    const thirdGrade = await db
      .selectFrom('evaluations')
      .select('grade')
      .where('enterprise_id', '=', third.id)
      .executeTakeFirstOrThrow();
    assert.notEqual(thirdGrade.grade, 'A', 'the third enterprise stands for one without an eligible grade');

    assert.equal(await seedHonestCases(db), 2);
    const { items } = await listPublicHonestCases(db, { limit: 10, offset: 0 });
    assert.deepEqual(items.map((item) => item.uscc).sort(), codes.slice(0, 2).sort());
    const first = items.find((item) => item.uscc === codes[0])!;
    assert.deepEqual(first.highlights, ['省级 · 湖北精品', '省级 · 湖北省守合同重信用企业']);
    assert.match(first.title, /^鄂州荣誉甲科技有限公司：/);
    assert.match(first.story, /“湖北精品”、“湖北省守合同重信用企业”荣誉表彰.*现行信用评价等级为 A 级.*演示数据/);
    const events = await db
      .selectFrom('audit_events')
      .select(['actor', 'action'])
      .where('action', '=', 'honest_case.published')
      .execute();
    assert.deepEqual(events, [
      { actor: DEMO_OPERATOR, action: 'honest_case.published' },
      { actor: DEMO_OPERATOR, action: 'honest_case.published' },
    ]);
    assert.equal(await seedHonestCases(db), 0, 'a store with cases is left alone');
  });
});
