import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { loadIpPledgeWhitelistFile } from '../../catalog/ip-pledge-whitelist.ts';
import type { Principal } from '../../domain/principal.ts';
import type { NormalizedRecord } from '../../domain/record.ts';
import { makeOrganizationCode, makeUscc } from '../../domain/uscc.ts';
import type { Store } from '../../store/connect.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { createUser } from '../accounts/create-user.ts';
import { registerEnterprises } from '../enterprises/register-enterprises.ts';
import { ensurePublishedModel } from '../evaluation/ensure-published-model.ts';
import { sendRecords } from '../evaluation/evaluation-test-support.ts';
import { computeConversionStats } from './conversion-stats.ts';
import { generateWhitelist } from './generate-whitelist.ts';
import { listLoans } from './list-loans.ts';
import { listWhitelist } from './list-whitelist.ts';
import { findApplicantLookup, lookupApplicants } from './lookup-applicants.ts';
import { correctLoan, recordLoan } from './record-loan.ts';
import { runDueWhitelist } from './run-due-whitelist.ts';
import { loadWhitelistRules, parseWhitelistRules, withRuleChanges } from './whitelist-rules.ts';
import { startWhitelistScheduler } from './whitelist-scheduler.ts';
import { withdrawLoan } from './withdraw-loan.ts';

const usccOf = (index: number) => makeUscc(`91420703${makeOrganizationCode(`MA4W${String(index).padStart(4, '0')}`)}`);
const names = [
  '鄂州华容甲芯科技有限公司',
  '鄂州华容乙光电有限公司',
  '鄂州华容丙材料有限公司',
  '鄂州华容丁机电有限公司',
  '鄂州华容戊软件有限公司',
  '鄂州华容己生物有限公司',
];
/** E1 two valid invention patents; E2 one pledged; E3 only a lapsed one; E4 one past its term; E5 one but in 经营异常名录; E6 none. */
const [E1, E2, E3, E4, E5, E6] = names.map((_, index) => usccOf(index + 1)) as [
  string,
  string,
  string,
  string,
  string,
  string,
];

let patentSerial = 0;
function patent(
  uscc: string,
  values: { type?: string; status?: string; grantedOn?: string; expiresOn?: string | null },
): NormalizedRecord {
  patentSerial += 1;
  const number = `ZL2022${values.type === '实用新型' ? 2 : 1}${String(patentSerial).padStart(7, '0')}.${patentSerial % 10}`;
  const fields = {
    subject_uscc: uscc,
    subject_name: names[[E1, E2, E3, E4, E5, E6].indexOf(uscc)],
    patent_number: number,
    patent_name: `一种检测装置${patentSerial}`,
    patent_type: values.type ?? '发明',
    granted_on: values.grantedOn ?? '2024-03-01',
    legal_status: values.status ?? '有效',
    expires_on: values.expiresOn ?? null,
  };
  return {
    sourceRow: 2,
    subjectUscc: uscc,
    subjectName: fields.subject_name!,
    kind: 'patent',
    naturalKey: number,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: fields.granted_on,
    endsOn: fields.expires_on,
    level: null,
    subtype: fields.patent_type,
    grade: null,
    amount: null,
    quantity: null,
    fields,
  };
}

function penalty(
  uscc: string,
  values: { number: string; level: string; occurredOn: string; violationType?: string },
): NormalizedRecord {
  const fields = {
    subject_uscc: uscc,
    decision_number: values.number,
    violation_type: values.violationType ?? '未按规定履行义务',
    penalty_category: '罚款',
    fine_amount: 20,
    decision_date: values.occurredOn,
    severity: values.level,
  };
  return {
    sourceRow: 2,
    subjectUscc: uscc,
    subjectName: '企业',
    kind: 'administrative_penalty',
    naturalKey: `${values.number}|scjg`,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: values.occurredOn,
    endsOn: null,
    level: values.level,
    subtype: '罚款',
    grade: null,
    amount: 20,
    quantity: null,
    fields,
  };
}

function abnormalListing(uscc: string, listedOn: string, removedOn: string | null = null): NormalizedRecord {
  const fields = {
    subject_uscc: uscc,
    listing_reason: '通过登记的住所或经营场所无法联系',
    listed_on: listedOn,
    listing_authority: '鄂州市华容区市场监督管理局',
    removed_on: removedOn,
  };
  return {
    sourceRow: 2,
    subjectUscc: uscc,
    subjectName: '企业',
    kind: 'abnormal_operation',
    naturalKey: `${uscc}|${listedOn}`,
    departmentCode: 'scjg',
    status: 'active',
    occurredOn: listedOn,
    endsOn: removedOn,
    level: null,
    subtype: fields.listing_reason,
    grade: null,
    amount: null,
    quantity: null,
    fields,
  };
}

async function principalOf(store: Store, username: string): Promise<Principal> {
  const user = await store.db
    .selectFrom('users')
    .selectAll()
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return {
    userId: Number(user.id),
    username,
    displayName: user.display_name,
    role: user.role as Principal['role'],
    departmentCode: null,
    uscc: null,
    via: 'session',
    tokenId: null,
    scopes: ['read', 'write'],
  };
}

/** A bank account; `subscribed`: it opted in to pushed lists (a pull subscription to list_updated). */
async function createBank(store: Store, username: string, subscribed: boolean): Promise<Principal> {
  await createUser(
    store.db,
    '测试',
    { username, displayName: `${username} 银行`, role: 'bank', password: 'bank-password-1' },
    { isDemo: true },
  );
  const bank = await principalOf(store, username);
  if (subscribed)
    await store.db
      .insertInto('subscriptions')
      .values({ user_id: bank.userId, name: '白名单', event_types: ['list_updated'], delivery: 'pull' })
      .execute();
  return bank;
}

/** The six enterprises with their patents (and E5's abnormal listing), graded by the published model v1. */
async function seedDistrict(store: Store): Promise<void> {
  await registerEnterprises(
    store.db,
    '测试',
    names.map((name, index) => ({
      uscc: usccOf(index + 1),
      name,
      legalRepresentative: null,
      status: '存续',
      industryCode: 'I65',
      registeredOn: '2018-01-01',
    })),
    { today: '2026-11-01' },
  );
  await ensurePublishedModel(store);
  await sendRecords(store.db, [
    patent(E1, {}),
    patent(E1, { grantedOn: '2025-06-01' }),
    patent(E1, { type: '实用新型' }),
    patent(E2, { status: '质押' }),
    patent(E3, { status: '失效' }),
    patent(E3, { type: '实用新型' }),
    patent(E4, { expiresOn: '2026-01-31' }),
    patent(E5, {}),
  ]);
  await sendRecords(store.db, [abnormalListing(E5, '2026-06-01')]);
}

describeOnEachEngine('the IP-pledge whitelist', (current) => {
  let bankA: Principal;
  let bankB: Principal;
  before(async () => {
    await seedDistrict(current());
    bankA = await createBank(current(), 'bank-a', true);
    bankB = await createBank(current(), 'bank-b', false);
  });

  test('the month’s list holds the enterprises with a valid invention patent and an eligible grade, in order, and says why the others are off', async () => {
    const outcome = await runDueWhitelist(current().db, { today: '2026-11-05' });
    assert.equal(outcome.action, 'generated');
    const generation = outcome.generation!;
    assert.deepEqual([generation.trigger, generation.period, generation.asOf], ['schedule', '2026-11', '2026-11-05']);
    const page = await listWhitelist(current().db, await principalOf(current(), 'bank-a'));
    assert.deepEqual(
      page.items.map((item) => [item.uscc, item.validInventionPatents]),
      [
        [E1, 2],
        [E2, 1],
      ],
      'E1 and E2 (a pledged patent is still valid); E3 lapsed, E4 expired, E6 has none',
    );
    assert.deepEqual(
      page.items.map((item) => item.rank),
      [1, 2],
    );
    assert.equal(page.items[0]!.validPatents, 3);
    assert.ok(
      page.items.length > 0 &&
        page.items.every((item) => ['A', 'B'].includes(item.grade) && item.isPriority === (item.grade === 'A')),
    );
    assert.deepEqual(
      [
        generation.candidates,
        generation.ungraded,
        generation.excludedByGrade,
        generation.excludedByRecords,
        generation.listed,
      ],
      [3, 0, 0, 1, 2],
    );
    assert.deepEqual(
      outcome.exclusions.map((item) => item.uscc),
      [E5],
    );
    assert.match(outcome.exclusions[0]!.reasons[0]!, /列入经营异常名录/);
    assert.equal(generation.rulesDigest, loadWhitelistRules().digest);
    assert.equal(generation.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(generation.modelName, '华容区科创企业公共信用综合评价（v1 版）');
    const audit = await current()
      .db.selectFrom('audit_events')
      .select(['actor', 'payload'])
      .where('action', '=', 'whitelist.generated')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, '定时任务');
    assert.equal((audit.payload as { listed: number }).listed, 2);
  });

  test('the list goes only to banks that subscribed to pushed lists, each seeing exactly the listed enterprises', async () => {
    const generation = (await listWhitelist(current().db, bankA)).generation!;
    assert.deepEqual(
      generation.recipients.map((recipient) => [recipient.username, recipient.added, recipient.withdrawn]),
      [['bank-a', 2, 0]],
    );
    assert.deepEqual(
      (await listWhitelist(current().db, bankB)).items,
      [],
      'bank-b did not subscribe: nothing was pushed to it',
    );
    const events = await current()
      .db.selectFrom('share_events')
      .select(['recipient_user_id', 'payload'])
      .where('type', '=', 'list_updated')
      .execute();
    assert.equal(events.length, 2);
    assert.ok(
      events.length > 0 &&
        events.every(
          (event) =>
            Number(event.recipient_user_id) === bankA.userId &&
            (event.payload as { change: string }).change === 'added',
        ),
    );
  });

  test('an enterprise whose grade drops after a serious penalty is withdrawn from the bank the same day and stays off the next list', async () => {
    const e1 = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', E1)
      .executeTakeFirstOrThrow();
    const before = (await findCurrentGrades(current().db, [e1.id])).get(e1.id)!.grade;
    await sendRecords(current().db, [
      penalty(E1, { number: '华市监罚〔2026〕31号', level: '严重', occurredOn: '2026-11-10' }),
    ]);
    const after = (await findCurrentGrades(current().db, [e1.id])).get(e1.id)!.grade;
    assert.notEqual(after, before, 'the record path re-evaluated E1');
    assert.ok(!['A', 'B'].includes(after), `E1 dropped to ${after}`);

    // The daily check after the month's list: a review that withdraws E1 at once.
    const review = await runDueWhitelist(current().db, { today: '2026-11-20' });
    assert.equal(review.action, 'reviewed');
    assert.equal(review.generation?.trigger, 'review');
    assert.deepEqual(
      (await listWhitelist(current().db, bankA)).items.map((item) => item.uscc),
      [E2],
    );
    const entry = await current()
      .db.selectFrom('shared_list_entries')
      .select('withdrawn_at')
      .where('enterprise_id', '=', e1.id)
      .where('recipient_user_id', '=', bankA.userId)
      .executeTakeFirstOrThrow();
    assert.ok(entry.withdrawn_at, 'E1 is withdrawn from bank-a’s list');
    const removed = await current()
      .db.selectFrom('share_events')
      .select('payload')
      .where('type', '=', 'list_updated')
      .where('enterprise_id', '=', e1.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    assert.equal((removed.payload as { change: string }).change, 'removed');
    const audit = await current()
      .db.selectFrom('audit_events')
      .select('payload')
      .where('action', '=', 'list.withdrawn')
      .executeTakeFirstOrThrow();
    assert.deepEqual((audit.payload as { usccs: string[] }).usccs, [E1]);

    // A second check the same day changes nothing; the next full list leaves E1 off too.
    const second = await runDueWhitelist(current().db, { today: '2026-11-20' });
    assert.deepEqual([second.action, second.action === 'reviewed' && second.created], ['reviewed', false]);
    const next = await generateWhitelist(current().db, { trigger: 'manual', actor: 'admin', asOf: '2026-11-20' });
    assert.deepEqual(next.generation!.listed, 1);
    assert.match(next.exclusions.find((item) => item.uscc === E1)!.reasons.join(), /低于 B|严重失信/);
  });

  test('an abnormal listing counts only while it lasts: once removed the enterprise is listed again', async () => {
    await sendRecords(current().db, [abnormalListing(E5, '2026-06-01', '2026-11-15')]);
    const outcome = await generateWhitelist(current().db, { trigger: 'manual', actor: 'admin', asOf: '2026-11-20' });
    assert.ok((await listWhitelist(current().db, bankA)).items.some((item) => item.uscc === E5));
    assert.equal(outcome.pushes[0]!.added, 1);
    const earlier = await generateWhitelist(current().db, { trigger: 'manual', actor: 'admin', asOf: '2026-11-14' });
    assert.ok(
      earlier.exclusions.some((item) => item.uscc === E5),
      'as of a day it was still listed, E5 is excluded',
    );
  });

  test('a bank’s applicant lookup answers every row: counts, IP records, abnormal status, grade only when shared, and errors by row', async () => {
    await sendRecords(current().db, [
      penalty(E3, {
        number: '华市监罚〔2026〕40号',
        level: '一般',
        occurredOn: '2026-10-01',
        violationType: '侵犯注册商标专用权',
      }),
    ]);
    const lookup = await lookupApplicants(current().db, bankA, [
      E2,
      'not-a-code',
      ` ${E3.toLowerCase()} `,
      usccOf(99),
      '',
      E1,
    ]);
    assert.deepEqual([lookup.submitted, lookup.found, lookup.rejected], [6, 3, 3]);
    const [e2, bad, e3, unknown, empty, e1] = lookup.rows;
    assert.deepEqual(
      [e2!.validPatents, e2!.validInventionPatents, e2!.pledgedPatents, e2!.isOnWhitelist, e2!.isGradeWithheld],
      [1, 1, 1, true, false],
    );
    assert.ok(['A', 'B'].includes(e2!.grade!), 'E2 is on the list pushed to bank-a: its grade is given');
    assert.equal(bad!.error, '第 2 行：统一社会信用代码“NOTACODE”无效：长度不是18位（实际8位）');
    assert.equal(e3!.uscc, E3, 'lower case and spaces are normalised');
    assert.deepEqual(
      [e3!.validPatents, e3!.validInventionPatents, e3!.isGradeWithheld, e3!.grade],
      [1, 0, true, null],
      'E3 is not shared with bank-a: no grade',
    );
    assert.deepEqual(
      e3!.ipRecords.map((record) => [record.kindLabel, record.number, record.summary]),
      [['行政处罚', '华市监罚〔2026〕40号', '侵犯注册商标专用权']],
    );
    assert.equal(unknown!.error, `第 4 行：统一社会信用代码“${usccOf(99)}”不在本平台企业名录中`);
    assert.equal(empty!.error, '第 5 行：统一社会信用代码为空');
    assert.deepEqual(
      [e1!.isOnWhitelist, e1!.ipRecords],
      [false, []],
      'a penalty that is not about IP is not an IP record',
    );
    const stored = await findApplicantLookup(current().db, bankA, lookup.id);
    assert.deepEqual(stored.rows, lookup.rows);
    await assert.rejects(findApplicantLookup(current().db, bankB, lookup.id), { code: 'NOT_FOUND' });
    const audit = await current()
      .db.selectFrom('audit_events')
      .select(['actor', 'payload'])
      .where('action', '=', 'whitelist.applicants_looked_up')
      .executeTakeFirstOrThrow();
    assert.equal(audit.actor, 'bank-a');
    assert.deepEqual(
      (audit.payload as { usccs: string[]; gradesDisclosed: string[] }).usccs.sort(),
      [E1, E2, E3].sort(),
    );
    assert.deepEqual((audit.payload as { gradesDisclosed: string[] }).gradesDisclosed, [E2]);
    await assert.rejects(lookupApplicants(current().db, bankA, Array(501).fill(E1)), {
      code: 'INVALID_INPUT',
      userMessage: '字段“统一社会信用代码”：一次最多查询 500 家企业，本次为 501 家',
    });
  });

  test('an abnormal listing shows in the lookup while it lasts', async () => {
    await sendRecords(current().db, [abnormalListing(E4, '2026-09-01')]);
    const [row] = (await lookupApplicants(current().db, bankA, [E4])).rows;
    assert.equal(row!.isAbnormalOperation, true);
    assert.deepEqual(row!.abnormalListings, [{ listedOn: '2026-09-01', reason: '通过登记的住所或经营场所无法联系' }]);
  });

  test('a loan report names every wrong field, is unique per bank, and only its own bank can correct or withdraw it', async () => {
    const bad = { uscc: 'X', amountWan: 0, grantedOn: '2999-01-01', termMonths: 0, bankReference: ' ' };
    await assert.rejects(recordLoan(current().db, bankA, bad), (error: { code: string; userMessage: string }) => {
      assert.equal(error.code, 'INVALID_INPUT');
      for (const field of [
        '借款企业统一社会信用代码',
        '贷款金额（万元）',
        '放款日期',
        '贷款期限（月）',
        '本机构业务编号',
      ])
        assert.ok(error.userMessage.includes(`字段“${field}”`), `${field} is named: ${error.userMessage}`);
      return true;
    });
    await assert.rejects(
      recordLoan(current().db, bankA, {
        uscc: E2,
        amountWan: 1.234,
        grantedOn: '2026-11-21',
        termMonths: 12,
        bankReference: 'A-1',
      }),
      { userMessage: /字段“贷款金额（万元）”：贷款金额（万元）最多保留两位小数/ },
    );
    await assert.rejects(
      recordLoan(current().db, bankA, {
        uscc: usccOf(98),
        amountWan: 10,
        grantedOn: '2026-11-21',
        termMonths: 12,
        bankReference: 'A-1',
      }),
      { userMessage: /字段“借款企业统一社会信用代码”：.*不在本平台企业名录中/ },
    );

    const first = await recordLoan(current().db, bankA, {
      uscc: E2,
      amountWan: 500,
      grantedOn: '2026-11-21',
      termMonths: 24,
      bankReference: 'A-1',
      pledgedPatentNumbers: ['ZL9999'],
    });
    assert.equal(first.loan.isOnWhitelist, true);
    assert.deepEqual(first.warnings, [
      '字段“质押专利号”：平台没有该企业专利号为“ZL9999”的专利记录，请核对（报送已保存）',
    ]);
    await assert.rejects(
      recordLoan(current().db, bankA, {
        uscc: E1,
        amountWan: 1,
        grantedOn: '2026-11-21',
        termMonths: 12,
        bankReference: 'A-1',
      }),
      { code: 'CONFLICT', userMessage: /字段“本机构业务编号”：本机构已报送过业务编号为“A-1”的贷款/ },
    );
    const sameReferenceOtherBank = await recordLoan(current().db, bankB, {
      uscc: E1,
      amountWan: 50,
      grantedOn: '2026-11-21',
      termMonths: 12,
      bankReference: 'A-1',
    });

    const corrected = await correctLoan(current().db, bankA, first.loan.id, {
      uscc: E2,
      amountWan: 450,
      grantedOn: '2026-11-21',
      termMonths: 24,
      bankReference: 'A-1',
      reason: '金额录入有误',
    });
    assert.deepEqual([corrected.loan.amountWan, corrected.loan.version], [450, 2]);
    const versions = await current()
      .db.selectFrom('loan_versions')
      .select(['version', 'change', 'amount_wan'])
      .where('loan_id', '=', first.loan.id)
      .orderBy('version')
      .execute();
    assert.deepEqual(
      versions.map((row) => [row.version, row.change, Number(row.amount_wan)]),
      [
        [1, 'reported', 500],
        [2, 'corrected', 450],
      ],
    );
    await assert.rejects(
      correctLoan(current().db, bankB, first.loan.id, {
        uscc: E2,
        amountWan: 1,
        grantedOn: '2026-11-21',
        termMonths: 1,
        bankReference: 'B-9',
      }),
      { code: 'NOT_FOUND' },
    );
    await assert.rejects(withdrawLoan(current().db, bankA, sameReferenceOtherBank.loan.id, '误报'), {
      code: 'NOT_FOUND',
    });

    assert.deepEqual(
      (await listLoans(current().db, { bankUserId: bankB.userId })).items.map((loan) => loan.bank),
      ['bank-b'],
      'a bank never sees another bank’s loans',
    );
    const withdrawn = await withdrawLoan(current().db, bankB, sameReferenceOtherBank.loan.id, '客户未提款');
    assert.equal(withdrawn.statusLabel, '已撤回');
    await assert.rejects(
      correctLoan(current().db, bankB, withdrawn.id, {
        uscc: E1,
        amountWan: 1,
        grantedOn: '2026-11-21',
        termMonths: 1,
        bankReference: 'A-1',
      }),
      { code: 'PRECONDITION_FAILED' },
    );
    await assert.rejects(withdrawLoan(current().db, bankA, first.loan.id, '  '), {
      userMessage: '字段“撤回原因”：请填写撤回原因',
    });
  });

  test('a bank finds a listed enterprise by part of its name or its code, and its loans by status, borrower or reference', async () => {
    const everyone = (await listWhitelist(current().db, bankA)).items;
    const second = everyone.find((item) => item.uscc === E2)!;
    assert.deepEqual(
      (await listWhitelist(current().db, bankA, { q: second.name.slice(-6) })).items.map((item) => item.uscc),
      everyone.filter((item) => item.name.includes(second.name.slice(-6))).map((item) => item.uscc),
    );
    const byCode = await listWhitelist(current().db, bankA, { q: E2.toLowerCase() });
    assert.deepEqual([byCode.total, byCode.items.map((item) => item.uscc)], [1, [E2]]);
    assert.equal((await listWhitelist(current().db, bankA, { q: '没有这样的企业' })).total, 0);

    const active = await listLoans(current().db, { bankUserId: bankB.userId, status: 'active' });
    const withdrawn = await listLoans(current().db, { bankUserId: bankB.userId, status: 'withdrawn' });
    assert.deepEqual([active.total, withdrawn.items.map((loan) => loan.statusLabel)], [0, ['已撤回']]);
    assert.deepEqual(
      (await listLoans(current().db, { bankUserId: bankA.userId, q: 'A-1' })).items.map((loan) => loan.uscc),
      [E2],
      'found by the bank’s own reference',
    );
    assert.deepEqual(
      (await listLoans(current().db, { bankUserId: bankA.userId, q: E2 })).items.map((loan) => loan.bankReference),
      ['A-1'],
      'found by the borrower’s code',
    );
    assert.equal((await listLoans(current().db, { bankUserId: bankA.userId, q: E1 })).total, 0);
  });

  test('conversion statistics count listed enterprises that got loans, per list and bank and per month; withdrawn reports do not count', async () => {
    await recordLoan(current().db, bankA, {
      uscc: E2,
      amountWan: 300,
      grantedOn: '2026-11-21',
      termMonths: 12,
      bankReference: 'A-2',
    });
    await recordLoan(current().db, bankA, {
      uscc: E6,
      amountWan: 100,
      grantedOn: '2026-11-21',
      termMonths: 12,
      bankReference: 'A-3',
    });
    const current_ = (await listWhitelist(current().db, bankA)).generation!;
    const stats = await computeConversionStats(current().db, { bankUserId: bankA.userId });
    const row = stats.generations.find((item) => item.generationId === current_.id)!;
    assert.deepEqual(
      {
        bank: row.bank,
        listed: row.listed,
        withLoan: row.enterprisesWithLoan,
        loans: row.loans,
        amount: row.amountWan,
        rate: row.conversionRate,
      },
      {
        bank: 'bank-a',
        listed: current_.listed,
        withLoan: 1,
        loans: 2,
        amount: 750,
        rate: Math.round((1 / current_.listed) * 10_000) / 10_000,
      },
      'E2’s two loans (450 + 300); E6 is not listed; bank-b’s withdrawn report is not counted',
    );
    assert.ok(
      stats.generations.length > 0 && stats.generations.every((item) => item.bank === 'bank-a'),
      'a bank sees only its own rows',
    );
    assert.deepEqual(stats.months, [
      {
        month: '2026-11',
        bank: 'bank-a',
        bankName: 'bank-a 银行',
        loans: 3,
        enterprises: 2,
        amountWan: 850,
        listedLoans: 2,
        listedAmountWan: 750,
      },
    ]);
    const official = await computeConversionStats(current().db);
    const total = official.generations.find((item) => item.generationId === current_.id && item.bank === null)!;
    assert.deepEqual(
      [total.listed, total.enterprisesWithLoan, total.loans, total.amountWan],
      [current_.listed, 1, 2, 750],
    );
    assert.deepEqual(
      official.months.map((item) => [item.bank, item.loans]),
      [
        [null, 3],
        ['bank-a', 3],
      ],
    );
  });
});

describeOnEachEngine('the whitelist schedule', (current) => {
  before(async () => {
    await registerEnterprises(
      current().db,
      '测试',
      [
        {
          uscc: E1,
          name: names[0]!,
          legalRepresentative: null,
          status: '存续',
          industryCode: 'I65',
          registeredOn: '2018-01-01',
        },
      ],
      { today: '2026-11-01' },
    );
  });

  test('without a published model there are no grades, so the check generates nothing', async () => {
    assert.deepEqual(await runDueWhitelist(current().db, { today: '2026-12-05' }), {
      action: 'skipped',
      reason: '尚未发布评价模型，暂无信用等级，不生成白名单',
    });
  });

  test('the month’s list is generated once, on or after its day, however often the check runs', async () => {
    await ensurePublishedModel(current());
    await sendRecords(current().db, [patent(E1, {})]);
    const run = (today: string) => runDueWhitelist(current().db, { today });
    const day = loadWhitelistRules().schedule.dayOfMonth;
    const on = (month: string, dayOfMonth: number) => `${month}-${String(dayOfMonth).padStart(2, '0')}`;
    assert.equal((await run(on('2026-12', day - 1))).action, 'reviewed', 'before the day: nothing due');
    const first = await run(on('2026-12', day));
    assert.deepEqual([first.action, first.action !== 'skipped' && first.generation?.period], ['generated', '2026-12']);
    for (const today of [on('2026-12', day), on('2026-12', day + 1), '2026-12-31', on('2027-01', day - 1)])
      assert.equal((await run(today)).action, 'reviewed', today);
    assert.equal(
      (await run(on('2027-01', day + 3))).action,
      'generated',
      'a late check still generates January’s list',
    );
    const scheduled = await current()
      .db.selectFrom('whitelist_generations')
      .select('period')
      .where('trigger', '=', 'schedule')
      .orderBy('id')
      .execute();
    assert.deepEqual(
      scheduled.map((row) => row.period),
      ['2026-12', '2027-01'],
    );
    const again = await generateWhitelist(current().db, {
      trigger: 'schedule',
      period: '2027-01',
      actor: 'another server',
      asOf: on('2027-01', day),
      today: on('2027-01', day),
    });
    assert.equal(again.created, false, 'a second process finds the month taken under the lock');
    await assert.rejects(runDueWhitelist(current().db, { today: '2026-12-05', asOf: '2026-12-06' }), {
      userMessage: '字段“名单基准日”：日期 2026-12-06 晚于今天（2026-12-05）',
    });
    await assert.rejects(generateWhitelist(current().db, { trigger: 'manual', actor: 'admin', asOf: '2999-01-01' }), {
      code: 'INVALID_INPUT',
    });
  });

  test('the server’s scheduler runs one check at a time and reports its outcome', async () => {
    const outcomes: string[] = [];
    const scheduler = startWhitelistScheduler(
      current().db,
      { intervalMs: 3_600_000, firstDelayMs: 3_600_000 },
      undefined,
      (outcome) => outcomes.push(outcome.action),
    );
    const first = scheduler.runNow();
    assert.equal(scheduler.runNow(), first, 'a second request joins the check under way');
    const outcome = await first;
    assert.ok(outcome && outcome.action !== 'skipped', 'the model is published: the check generated or reviewed');
    assert.deepEqual(outcomes, [outcome.action]);
    await scheduler.stop();
  });

  test('a rules file naming a grade the model does not have stops generation with the reason', async () => {
    const rules = withRuleChanges(loadWhitelistRules(), {
      grades: { minGrade: 'AAA', priorityMinGrade: 'A', reference: 'test' },
    });
    await assert.rejects(generateWhitelist(current().db, { trigger: 'manual', actor: 'admin', rules }), {
      userMessage: /grades.min_grade 的等级“AAA”不是现行评价模型的等级（A、B、C、D）/,
    });
    assert.throws(() => parseWhitelistRules({ ...readRawRules(), schedule: { period: 'month', day_of_month: 31 } }), {
      userMessage: /day_of_month 应为 1–28/,
    });
  });
});

/** A copy of the catalog file's content, to break one value at a time. */
function readRawRules(): any {
  return structuredClone(loadIpPledgeWhitelistFile());
}
