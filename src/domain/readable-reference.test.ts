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

  test('every local policy document is named by its title, an unknown number by its number', () => {
    assert.equal(readableReference('002 §一'), '《成都高新区优化营商环境行动方案（2019—2020年）》第一部分');
    assert.equal(readableReference('003 §二'), '《洪山区营商环境改进提升行动任务措施》第二部分');
    assert.equal(
      readableReference('004 §三（一）'),
      '《关于以创新主体需求为导向 持续优化科技领域营商环境的通知》第三部分第（一）项',
    );
    assert.equal(readableReference('009 §一'), '第 009 号政策文件第一部分');
  });

  test('a clause with only a part, only an item, or neither names what it has', () => {
    const title = '《华容区深化“信用+科技创新”先行区创建实施方案》';
    assert.equal(readableReference('000 §二'), `${title}第二部分`);
    assert.equal(readableReference('000 §（二十七）'), `${title}第（二十七）项`);
    assert.equal(readableReference('000 §'), title);
    assert.equal(readableReference('000 §、§二（四）'), `${title}第二部分第（四）项`);
    assert.equal(readableReference('§二（五）'), '第二部分第（五）项');
  });

  test('no reference reads as nothing', () => {
    assert.equal(readableReference(null), '');
    assert.equal(readableReference(undefined), '');
    assert.equal(readableReference(''), '');
  });

  test('repository paths are left out however they are spaced or spelled', () => {
    const clause = '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（五）项';
    assert.equal(readableReference('000 §二（五）；docs/DOMAIN.md § 6.1'), clause);
    assert.equal(readableReference('000 §二（五）；DOMAIN.md'), clause);
    assert.equal(readableReference('000 §二（五）；DOMAIN.md§2'), clause);
    assert.equal(readableReference('A；catalog/tiers.yml；catalog/record-kinds.yaml （状态字段）'), 'A');
    assert.equal(readableReference('A；issue#13；issue #13 § 1.2；issue #13§1 “x”；issue #13'), 'A');
    assert.equal(readableReference('《条例》（catalog/record-kinds.yaml）'), '《条例》');
    assert.equal(
      readableReference('supervision.yaml risk_class_source;国市监信发〔2022〕6号'),
      '国市监信发〔2022〕6号',
      'a frozen draw cites the setting it read by file and key: people read only the regulation',
    );
    assert.equal(readableReference('models/huarong-sci-tech/README.md§3.8'), '评价模型说明第 3.8 节');
  });

  test('two documents in one reference are both named, and the text after a clause keeps its separator', () => {
    assert.equal(
      readableReference('000 §二（五） 001 §二（四）'),
      '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（五）项 《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项',
    );
    assert.equal(
      readableReference('000 §二（五），另见说明'),
      '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（五）项，另见说明',
    );
    assert.equal(
      readableReference('000 §二 另见说明'),
      '《华容区深化“信用+科技创新”先行区创建实施方案》第二部分 另见说明',
    );
  });

  test('every reference inside a sentence is rewritten, not only the first', () => {
    assert.equal(
      withReadableReferences('见 000 §二（七） 与 001 §二（四）'),
      '见 《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（七）项 与 《鄂州市华容区健全信用评价创新试点培育高标准市场体系高质量经营主体工作方案》第二部分第（四）项',
    );
  });
});
