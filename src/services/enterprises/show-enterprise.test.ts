import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import { writeRecords } from '../../store/record.repository.ts';
import { registerEnterprises } from './register-enterprises.ts';
import { showEnterprise } from './show-enterprise.ts';

const USCC = makeUscc(`91420703${makeOrganizationCode('MA4F1B2C')}`);

function penalty(): NormalizedRecord {
  return {
    sourceRow: 3,
    subjectUscc: USCC,
    subjectName: '鄂州华容光电科技有限公司',
    kind: 'administrative_penalty',
    naturalKey: '华市监罚〔2024〕12号|11420703MB1234567X',
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: '2024-05-20',
    endsOn: null,
    level: '一般',
    subtype: '罚款',
    grade: null,
    amount: 1.5,
    quantity: null,
    fields: {
      decision_number: '华市监罚〔2024〕12号',
      legal_representative: '张三明',
      legal_representative_id_number: { masked: '4207**********1234', cipher: 'v1:secret-bytes' },
      id_number: '420703199001011234',
      fine_amount: 1.5,
    },
  };
}

describeOnEachEngine('showing an enterprise', (store) => {
  before(async () => {
    await registerEnterprises(
      store().db,
      'tester',
      [
        {
          uscc: USCC,
          name: '鄂州华容光电科技有限公司',
          legalRepresentative: '张三明',
          industryCode: 'C3976',
          registeredOn: '2019-03-08',
          tiers: ['high_tech'],
          incubator: 'INC13',
        },
      ],
      { today: '2026-11-21' },
    );
    await store()
      .db.transaction()
      .execute((trx) => writeRecords(trx, null, 'tester', [penalty()]));
  });

  test('the enterprise is shown with labels, its region by name and its legal representative masked', async () => {
    const view = await showEnterprise(store().db, USCC.toLowerCase());
    assert.deepEqual(
      [
        view.uscc,
        view.name,
        view.legal_representative,
        view.industry_label,
        view.region_code,
        view.region_label,
        view.tier_labels,
        view.incubator_name,
        view.grade,
        view.entity_type,
      ],
      [
        USCC,
        '鄂州华容光电科技有限公司',
        '张*明',
        '计算机、通信和其他电子设备制造业',
        '420703',
        '鄂州市华容区',
        ['高新技术企业'],
        '华容光电子信息孵化器',
        null,
        { authority: '工商（市场监管）', entityType: '企业' },
      ],
    );
  });

  test('its records are listed with kind, department and provenance, personal values masked and ciphers never shown', async () => {
    const view = await showEnterprise(store().db, USCC);
    assert.equal(view.records.length, 1);
    const [record] = view.records;
    assert.deepEqual(
      [
        record.kind,
        record.kind_label,
        record.department,
        record.department_name,
        record.status,
        record.occurred_on,
        record.level,
        record.amount,
        record.version,
        record.source_row,
      ],
      ['administrative_penalty', '行政处罚', 'scjg', '区市场监管局', 'active', '2024-05-20', '一般', 1.5, 1, 3],
    );
    assert.deepEqual(record.fields, {
      decision_number: '华市监罚〔2024〕12号',
      legal_representative: '张*明',
      legal_representative_id_number: '4207**********1234',
      id_number: '******',
      fine_amount: 1.5,
    });
    assert.doesNotMatch(JSON.stringify(view), /secret-bytes|张三明|420703199001011234/);
  });

  test('an unknown code is reported as not found', async () => {
    await assert.rejects(showEnterprise(store().db, '91110000600037341L'), {
      code: 'NOT_FOUND',
      userMessage: '未找到统一社会信用代码为 91110000600037341L 的企业',
    });
  });
});
