import assert from 'node:assert/strict';
import { test } from 'node:test';
import { routeRequest } from './route-request.ts';

test('a case taken by the catch-all rule of its category says which rule, counted from 1, and its basis', () => {
  const decision = routeRequest(
    {
      rules: [
        { category: 'utilities', keywords: ['停电'], department: 'power', reference: '示例 1' },
        { category: 'utilities', keywords: [], department: 'water', reference: '000 §二（五）' },
      ],
      defaultDepartment: 'fgjx',
      defaultReference: '默认',
    },
    { category: 'utilities', title: '水压不足', body: '长期' },
  );
  assert.equal(decision.departmentCode, 'water');
  assert.equal(decision.matchedKeyword, null);
  assert.equal(
    decision.explanation,
    '类别命中第 2 条分办规则（依据：《华容区深化“信用+科技创新”先行区创建实施方案》第二部分第（五）项）',
  );
});
