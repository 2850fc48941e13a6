import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalog, type Department } from '../../catalog/catalog.ts';
import { createRowAuthorityResolver } from './resolve-row-authority.ts';

const catalog = loadCatalog();
const penalty = catalog.kind('administrative_penalty')!;
const creditOffice = catalog.department('区信用办')!;
const MARKET_USCC = '11420703MB0000001X';
// A catalog in which 区市场监管局 registered its code (departments.yaml `uscc`).
const lookup = {
  department: catalog.department,
  departmentByUscc: (uscc: string): Department | undefined =>
    uscc === MARKET_USCC ? catalog.department('scjg') : undefined,
};

describe('each row of a relayed file belongs to its own authority', () => {
  test('the credit office is the department that relays others’ records', () => {
    assert.equal(creditOffice.code, 'fgjx');
    assert.deepEqual(
      catalog.departments.filter((department) => department.relaysOthers).map((department) => department.code),
      ['fgjx'],
    );
  });

  test('the authority’s registered code decides first, even when the name is written otherwise', () => {
    const resolve = createRowAuthorityResolver(lookup, creditOffice, penalty)!;
    assert.deepEqual(resolve({ authority_uscc: MARKET_USCC, authority: '华容区应急管理局' }), {
      departmentCode: 'scjg',
    });
  });

  test('without a registered code the name, short name or alias decides', () => {
    const resolve = createRowAuthorityResolver(lookup, creditOffice, penalty)!;
    assert.deepEqual(resolve({ authority: '鄂州市华容区应急管理局' }), { departmentCode: 'yjgl' });
    assert.deepEqual(resolve({ authority: '区市场监管局' }), { departmentCode: 'scjg' });
  });

  test('an unknown authority, or one that may not send the kind, is a row error naming the column', () => {
    const resolve = createRowAuthorityResolver(lookup, creditOffice, penalty)!;
    const unknown = resolve({ authority: '某市某某执法局' });
    assert.ok('reason' in unknown);
    assert.equal(unknown.column, '处罚机关');
    assert.match(unknown.reason, /^处罚机关“某市某某执法局”不是平台登记的部门/);
    const court = resolve({ authority: '区法院' });
    assert.ok('reason' in court);
    assert.match(court.reason, /不是“行政处罚”的报送单位/);
  });

  test('a department that relays nothing keeps its own code for every row, and a row decided by another department is flagged', () => {
    const resolve = createRowAuthorityResolver(lookup, catalog.department('scjg')!, penalty)!;
    assert.deepEqual(resolve({ authority: '区市场监管局' }), { departmentCode: 'scjg' });
    assert.deepEqual(resolve({ authority: '某市某某执法局' }), { departmentCode: 'scjg' });
    const tax = resolve({ authority: '国家税务总局鄂州市华容区税务局' });
    assert.ok('departmentCode' in tax);
    assert.equal(tax.departmentCode, 'scjg');
    assert.match(
      tax.warning?.reason ?? '',
      /^处罚机关是“国家税务总局鄂州市华容区税务局”，不是本单位（华容区市场监督管理局）/,
    );
  });
});
