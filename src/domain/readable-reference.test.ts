import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readableReference, withReadableReferences } from './readable-reference.ts';

describe('a legal basis as a person reads it', () => {
  test('a local policy clause names the document and its part and item', () => {
    assert.equal(
      readableReference('000 §二（五）'),
      '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（五）项',
    );
    assert.equal(
      readableReference('001 §二（四）“对公布的信用评价结果有异议……”'),
      '《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项“对公布的信用评价结果有异议……”',
    );
  });

  test('two clauses of one document keep the document once', () => {
    assert.equal(
      readableReference('000 §二（一）、§二（四）（牵头）'),
      '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（一）项、第二部分第（四）项（牵头）',
    );
  });

  test('repository notes and files are left out, the regulations they sit next to stay', () => {
    assert.equal(
      readableReference('000 §二（五）；DOMAIN.md §6'),
      '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（五）项',
    );
    assert.equal(
      readableReference(
        '《企业信息公示暂行条例》（列入经营异常名录的情形）；catalog/publicity-rules.yaml（经营异常名录）',
      ),
      '《企业信息公示暂行条例》（列入经营异常名录的情形）',
    );
    assert.equal(
      readableReference('GB/T 22239-2019 8.1.4.1 b)“当登录连接超时自动退出”；issue #13 §1“default 30 min”'),
      'GB/T 22239-2019 8.1.4.1 b)“当登录连接超时自动退出”',
    );
  });

  test('the model notes become the model explanation’s section', () => {
    assert.equal(
      readableReference('001 §二（三）“知识产权”；README §3.8'),
      '《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（三）项“知识产权”；评价模型说明第 3.8 节',
    );
  });

  test('a reference inside a sentence is rewritten in place', () => {
    assert.equal(
      withReadableReferences('关键词“专利”命中（000 §二（七））'),
      '关键词“专利”命中（《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（七）项）',
    );
  });
});
