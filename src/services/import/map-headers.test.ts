import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { loadCatalog } from '../../catalog/catalog.ts';
import { isAppError } from '../../domain/app-error.ts';
import { detectKind, mapHeaders, normalizeHeader } from './map-headers.ts';
import { LICENSE_HEADERS, PENALTY_HEADERS } from './sample-files.ts';

const catalog = loadCatalog();

describe('mapping file headers to catalog fields', () => {
  test('headers match regardless of surrounding spaces and full-width brackets', () => {
    assert.equal(normalizeHeader(' 罚款金额（万元） '), normalizeHeader('罚款金额(万元)'));
    const penalty = catalog.kind('administrative_penalty')!;
    const mapping = mapHeaders(
      penalty,
      PENALTY_HEADERS.map((header) => ` ${header.replace('(', '（').replace(')', '）')} `),
    );
    assert.deepEqual(mapping.missing, []);
    assert.deepEqual(mapping.unknown, []);
    assert.equal(mapping.columns.filter(Boolean).length, PENALTY_HEADERS.length);
  });

  test('aliases are accepted: 统一社会信用代码 for the subject code, 罚款金额 without the unit', () => {
    const penalty = catalog.kind('administrative_penalty')!;
    const headers = PENALTY_HEADERS.map((header) =>
      header === '行政相对人代码_1(统一社会信用代码)'
        ? '统一社会信用代码'
        : header === '罚款金额(万元)'
          ? '罚款金额'
          : header,
    );
    const mapping = mapHeaders(penalty, headers);
    assert.equal(mapping.columns[2]?.key, 'subject_uscc');
    assert.equal(mapping.columns[headers.indexOf('罚款金额')]?.key, 'fine_amount');
  });

  test('a missing required column and an unknown column are both reported by name', () => {
    const penalty = catalog.kind('administrative_penalty')!;
    const headers = [...PENALTY_HEADERS.filter((header) => header !== '处罚决定日期'), '序号'];
    const mapping = mapHeaders(penalty, headers);
    assert.deepEqual(
      mapping.missing.map((issue) => issue.reason),
      ['缺少必填列“处罚决定日期”'],
    );
    assert.deepEqual(
      mapping.unknown.map((issue) => issue.column),
      ['序号'],
    );
  });

  test('the same field twice (header and alias) is refused', () => {
    const penalty = catalog.kind('administrative_penalty')!;
    const mapping = mapHeaders(penalty, [...PENALTY_HEADERS, '罚款金额']);
    assert.match(mapping.missing[0].reason, /同一字段/);
  });

  test('the added 错误原因 column of a rejection file is ignored on re-import', () => {
    const mapping = mapHeaders(catalog.kind('administrative_penalty')!, [...PENALTY_HEADERS, '错误原因']);
    assert.deepEqual(mapping.unknown, []);
  });
});

describe('detecting the record kind from the headers', () => {
  test('the 双公示 penalty and license files are recognised by their national headers', () => {
    assert.equal(detectKind(catalog, PENALTY_HEADERS).code, 'administrative_penalty');
    assert.equal(detectKind(catalog, LICENSE_HEADERS).code, 'administrative_license');
  });

  test('another kind is recognised when its required headers all appear', () => {
    assert.equal(
      detectKind(catalog, ['企业名称', '统一社会信用代码', '评价年度', '纳税信用等级', '评定日期']).code,
      'tax_credit_rating',
    );
  });

  test('headers that fit two kinds equally ask for --kind', () => {
    const headers = ['企业名称', '统一社会信用代码', '欠缴月数', '欠缴金额(万元)', '认定日期'];
    assert.throws(
      () => detectKind(catalog, headers),
      (error) =>
        isAppError(error) &&
        /社保欠缴.*公积金欠缴|公积金欠缴.*社保欠缴/.test(error.userMessage) &&
        /--kind/.test(error.userMessage),
    );
  });

  test('a tie is settled by what the sending department may report', () => {
    const headers = ['企业名称', '统一社会信用代码', '欠缴月数', '欠缴金额(万元)', '认定日期'];
    assert.equal(detectKind(catalog, headers, 'rsj').code, 'social_insurance_arrears');
    assert.equal(detectKind(catalog, headers, 'gjj').code, 'housing_fund_arrears');
    assert.throws(
      () => detectKind(catalog, headers, 'scjg'),
      (error) => isAppError(error) && /--kind/.test(error.userMessage),
    );
  });

  test('headers that fit no kind are refused', () => {
    assert.throws(
      () => detectKind(catalog, ['姓名', '年龄']),
      (error) => isAppError(error) && /无法从表头识别数据类别/.test(error.userMessage),
    );
  });
});
