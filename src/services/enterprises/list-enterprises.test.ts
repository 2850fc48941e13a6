import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { listEnterprises } from './list-enterprises.ts';
import { registerEnterprises } from './register-enterprises.ts';

const code = (region: string, serial: number) =>
  makeUscc(`91${region}${makeOrganizationCode(`MA${String(serial).padStart(6, '0')}`)}`);
const NAMES = [
  '鄂州华容光电科技有限公司',
  '华容光谷智能装备有限公司',
  '鄂州市红莲湖生物医药有限公司',
  '葛店新材料科技有限公司',
  '武汉新城100%数字科技有限公司',
];

describeOnEachEngine('listing and searching enterprises', (store) => {
  before(async () => {
    const inputs = NAMES.map((name, index) => ({ uscc: code(index < 4 ? '420703' : '420100', index + 1), name }));
    const result = await registerEnterprises(store().db, 'tester', inputs, { today: '2026-11-21' });
    assert.equal(result.registered, NAMES.length);
  });

  test('the whole registry is listed in pages with the total, ordered by code', async () => {
    const first = await listEnterprises(store().db, { limit: 2 });
    const rest = await listEnterprises(store().db, { limit: 10, offset: 2 });
    assert.equal(first.total, 5);
    assert.equal(rest.total, 5);
    const codes = [...first.items, ...rest.items].map((item) => item.uscc);
    assert.deepEqual(codes, [...codes].sort());
    assert.equal(new Set(codes).size, 5);
  });

  test('every item has a place for its grade, empty until enterprises are evaluated', async () => {
    const listing = await listEnterprises(store().db);
    assert.ok(
      listing.items.length > 0 && listing.items.every((item) => item.grade === null && typeof item.name === 'string'),
    );
  });

  test('a code prefix finds the enterprises whose code starts with it', async () => {
    const listing = await listEnterprises(store().db, { query: '91420100' });
    assert.deepEqual(
      listing.items.map((item) => item.name),
      ['武汉新城100%数字科技有限公司'],
    );
    const lower = await listEnterprises(store().db, { query: code('420703', 3).slice(0, 17).toLowerCase() });
    assert.deepEqual(
      lower.items.map((item) => item.name),
      ['鄂州市红莲湖生物医药有限公司'],
    );
  });

  test('part of the Chinese name finds the enterprises that contain it, even a two-character keyword', async () => {
    const optics = await listEnterprises(store().db, { query: '光' });
    assert.deepEqual(
      optics.items.map((item) => item.name).sort(),
      ['华容光谷智能装备有限公司', '鄂州华容光电科技有限公司'].sort(),
    );
    const medicine = await listEnterprises(store().db, { query: '生物医药' });
    assert.deepEqual(
      medicine.items.map((item) => item.name),
      ['鄂州市红莲湖生物医药有限公司'],
    );
    assert.equal((await listEnterprises(store().db, { query: '科技' })).total, 3);
  });

  test('wildcards in the keyword are matched literally', async () => {
    assert.deepEqual(
      (await listEnterprises(store().db, { query: '%' })).items.map((item) => item.name),
      ['武汉新城100%数字科技有限公司'],
    );
    assert.equal((await listEnterprises(store().db, { query: '_' })).total, 0);
  });

  test('the registry narrows to an industry (section or division), a tier and a grade, named in Chinese', async () => {
    await store()
      .db.updateTable('enterprises')
      .set({ industry_code: 'C2710', tiers: ['high_tech'] })
      .where('name', '=', NAMES[2]!)
      .execute();
    await store()
      .db.updateTable('enterprises')
      .set({ industry_code: 'C3911', tiers: ['tech_sme'] })
      .where('name', '=', NAMES[0]!)
      .execute();
    const medicine = await listEnterprises(store().db, { industry: 'c27' });
    assert.deepEqual(
      medicine.items.map((item) => [item.name, item.industry_label, item.tier_labels]),
      [[NAMES[2], '医药制造业', ['高新技术企业']]],
    );
    assert.deepEqual(
      (await listEnterprises(store().db, { industry: 'C' })).items.map((item) => item.name).sort(),
      [NAMES[0], NAMES[2]].sort(),
    );
    assert.deepEqual(
      (await listEnterprises(store().db, { tier: 'tech_sme', query: '华容' })).items.map((item) => item.name),
      [NAMES[0]],
    );
    assert.equal((await listEnterprises(store().db, { grade: 'none' })).total, 5, 'none is evaluated yet');
    assert.equal((await listEnterprises(store().db, { grade: 'A' })).total, 0);
    await assert.rejects(listEnterprises(store().db, { industry: 'Z99' }), { code: 'INVALID_INPUT' });
    await assert.rejects(listEnterprises(store().db, { tier: 'no_such_tier' }), { code: 'INVALID_INPUT' });
  });

  test('a page size out of range is refused', async () => {
    await assert.rejects(listEnterprises(store().db, { limit: 0 }), { code: 'INVALID_INPUT' });
    await assert.rejects(listEnterprises(store().db, { limit: 5000 }), { code: 'INVALID_INPUT' });
    await assert.rejects(listEnterprises(store().db, { offset: -1 }), { code: 'INVALID_INPUT' });
  });
});
