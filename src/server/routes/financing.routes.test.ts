import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { gradeEnterprises } from '../../../test/support/grade-use-fixture.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { createUser } from '../../services/accounts/create-user.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { inventionPatentRecord, sendRecords } from '../../services/evaluation/evaluation-test-support.ts';
import { findPublishedModelVersion } from '../../store/evaluation.repository.ts';
import { findEnterpriseByUscc } from '../../store/enterprise.repository.ts';
import { SESSION_COOKIE } from '../authenticate.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/**
 * 融资对接 over HTTP. Enterprise A (the demo enterprise account's) holds two valid invention patents and grade A; the
 * demo bank `bank` offers the products of catalog/financing-products.yaml named `bank-…`, `bank2` the equipment loan.
 */
describeOnEachEngine('融资对接 over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<string, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    const db = current().db;
    await ensurePublishedModel(current());
    await sendRecords(db, [
      inventionPatentRecord(fixture.enterpriseA, 'ZL202210000001.5'),
      inventionPatentRecord(fixture.enterpriseA, 'ZL202210000002.3'),
    ]);
    const version = await findPublishedModelVersion(db);
    const enterpriseA = await findEnterpriseByUscc(db, fixture.enterpriseA);
    await gradeEnterprises(db, Number(version!.id), [
      { enterpriseId: Number(enterpriseA!.id), grade: 'A', score: 91, asOf: todayInDistrict() },
    ]);
    await createUser(
      db,
      '测试',
      { username: 'bank2', displayName: '另一家银行', role: 'bank', password: 'bank2-password-1' },
      { isDemo: true },
    );
    const login = await fixture.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'bank2', password: 'bank2-password-1' },
    });
    sessions.set('bank2', login.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value);
    for (const role of ['enterprise', 'bank', 'admin'] as const) sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });
  const call = (
    who: 'enterprise' | 'bank' | 'bank2' | 'admin',
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
  ) => fixture.injectAs(who === 'bank2' ? 'bank' : who, { method, url, payload }, sessions.get(who));
  const publish = (payload: object) =>
    call('enterprise', 'POST', '/api/financing/needs', {
      amountWan: 300,
      termMonths: 24,
      purpose: '研发中试线建设',
      collaterals: ['ip'],
      hasConsent: true,
      ...payload,
    });
  const bankMatchesOf = async (who: 'bank' | 'bank2', needId: number) =>
    (await call(who, 'GET', '/api/financing/matches?limit=200'))
      .json()
      .items.filter((item: { needId: number }) => item.needId === needId);

  test('a financing need from an A-grade enterprise with patents reaches the matching bank product; the bank answers and reports a loan; the funnel counts it', async () => {
    const published = await publish({});
    assert.equal(published.statusCode, 201, published.body);
    const need = published.json();
    assert.deepEqual([need.grade, need.inventionPatents, need.hasConsent, need.stateLabel], ['A', 2, true, '对接中']);
    const byCode = new Map(need.matches.map((match: { productCode: string }) => [match.productCode, match]));
    const ipPledge = byCode.get('bank-ip-pledge') as any;
    assert.equal(ipPledge.isEligible, true);
    assert.deepEqual(
      ipPledge.checks.map((check: { label: string; isMet: boolean; detail: string }) => [check.label, check.detail]),
      [
        ['贷款额度', '需求 300 万元，产品额度 50–1000 万元'],
        ['贷款期限', '需求 24 个月，产品期限 6–36 个月'],
        ['信用等级', '当前信用等级 A，产品要求不低于 B'],
        ['有效发明专利', '有效发明专利 2 件，产品要求不少于 1 件'],
        ['担保方式', '提供知识产权质押（专利、商标）'],
      ],
    );
    const mortgage = byCode.get('bank2-equipment') as any;
    assert.equal(mortgage.isEligible, false, 'the equipment loan needs equipment pledged');
    assert.deepEqual(
      mortgage.checks
        .filter((check: { isMet: boolean }) => !check.isMet)
        .map((check: { label: string }) => check.label),
      ['担保方式'],
    );
    assert.equal((byCode.get('bank-credit-a') as any).isEligible, false, '300 万元 over 12 months exceeds its term');

    const seen = await bankMatchesOf('bank', need.id);
    assert.deepEqual(
      seen.map((item: { productCode: string; enterpriseName: string }) => [item.productCode, item.enterpriseName]),
      [['bank-ip-pledge', '鄂州甲科技有限公司']],
    );
    assert.deepEqual(await bankMatchesOf('bank2', need.id), [], 'bank2 has no product the need matches');

    const match = seen[0];
    const otherBank = await call('bank2', 'POST', `/api/financing/matches/${match.id}/answer`, {
      answer: 'interested',
    });
    assert.equal(otherBank.statusCode, 404, 'another bank cannot answer the match');
    const early = await call('bank', 'POST', `/api/financing/matches/${match.id}/outcome`, {
      outcome: 'refused',
      reason: '无',
    });
    assert.equal(early.statusCode, 409, 'no outcome before an answer');
    const answered = await call('bank', 'POST', `/api/financing/matches/${match.id}/answer`, { answer: 'interested' });
    assert.equal(answered.statusCode, 200, answered.body);
    assert.equal(answered.json().answerLabel, '有意向');
    const today = todayInDistrict();
    const granted = await call('bank', 'POST', `/api/financing/matches/${match.id}/outcome`, {
      outcome: 'granted',
      amountWan: 280,
      grantedOn: today,
      bankReference: 'RZ-2026-0001',
      pledgedPatentNumbers: ['ZL202210000001.5'],
    });
    assert.equal(granted.statusCode, 200, granted.body);
    const reported = granted.json();
    assert.deepEqual(
      [reported.match.outcomeLabel, reported.match.grantedAmountWan, reported.match.grantedOn, reported.warnings],
      ['已放款', 280, today, []],
    );
    const loans = (await call('bank', 'GET', '/api/loans?limit=200')).json().items;
    const loan = loans.find((item: { id: number }) => item.id === reported.match.loanId);
    assert.deepEqual(
      [loan?.uscc, loan?.amountWan, loan?.termMonths, loan?.bankReference],
      [fixture.enterpriseA, 280, 24, 'RZ-2026-0001'],
      'the loan is reported through the bank’s loan reports, with the need’s term',
    );
    const mine = (await call('enterprise', 'GET', `/api/financing/needs/${need.id}`)).json();
    assert.equal(
      mine.matches.find((item: { productCode: string }) => item.productCode === 'bank-ip-pledge').outcomeLabel,
      '已放款',
      'the enterprise reads the outcome',
    );

    const funnel = (await call('admin', 'GET', '/api/financing/funnel')).json();
    assert.deepEqual(funnel.needs, { published: 1, consented: 1, matched: 1, answered: 1, granted: 1 });
    const row = funnel.byProduct.find((item: { productCode: string }) => item.productCode === 'bank-ip-pledge');
    assert.deepEqual(
      [row.bankName, row.matched, row.answered, row.interested, row.granted, row.grantedAmountWan],
      ['合作银行（演示）', 1, 1, 1, 1, 280],
    );
    const xlsx = await call('admin', 'GET', '/api/financing/funnel.xlsx');
    assert.equal(xlsx.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const sheet = workbook.getWorksheet('按产品')!;
    assert.deepEqual((sheet.getRow(2).values as unknown[]).slice(1, 5), ['合作银行（演示）', '知识产权质押贷', 1, 1]);
  });

  test('a need without consent is not shown to banks until the enterprise consents, and no longer once it withdraws consent', async () => {
    const need = (await publish({ hasConsent: false, amountWan: 120 })).json();
    assert.equal(
      need.matches.find((item: { productCode: string }) => item.productCode === 'bank-ip-pledge').isEligible,
      true,
      'the need matches the product all the same',
    );
    assert.deepEqual(await bankMatchesOf('bank', need.id), []);
    const consented = await call('enterprise', 'POST', `/api/financing/needs/${need.id}/change`, { hasConsent: true });
    assert.equal(consented.statusCode, 200, consented.body);
    assert.equal((await bankMatchesOf('bank', need.id)).length, 1);
    await call('enterprise', 'POST', `/api/financing/needs/${need.id}/change`, { hasConsent: false });
    assert.deepEqual(await bankMatchesOf('bank', need.id), []);
    const hidden = (await call('admin', 'GET', '/api/financing/matches?limit=200')).json().items;
    assert.equal(hidden.filter((item: { needId: number }) => item.needId === need.id).length, 0);
  });

  test('a bank sees and answers only the matches of its own products', async () => {
    const need = (await publish({ amountWan: 500, termMonths: 36, collaterals: ['ip', 'equipment'] })).json();
    const own = await bankMatchesOf('bank2', need.id);
    assert.deepEqual(
      own.map((item: { productCode: string }) => item.productCode),
      ['bank2-equipment'],
    );
    const theirs = await bankMatchesOf('bank', need.id);
    assert.ok(theirs.length > 0);
    assert.ok(theirs.every((item: { bank: string }) => item.bank === 'bank'));
    const refused = await call('bank2', 'POST', `/api/financing/matches/${theirs[0].id}/answer`, {
      answer: 'declined',
      reason: '不在本行业务范围',
    });
    assert.equal(refused.statusCode, 404);
    const declined = await call('bank2', 'POST', `/api/financing/matches/${own[0].id}/answer`, { answer: 'declined' });
    assert.equal(declined.json().error.message, '字段“不予受理理由”：不予受理须说明理由，理由将告知企业');
  });

  test('an official creates a 融资专场 whose results count its enterprises’ needs with its banks', async () => {
    const created = await call('admin', 'POST', '/api/financing/events', {
      title: '科技型中小企业融资专场',
      heldOn: '2026-12-01',
      venue: '区政务服务中心',
      enterprises: [fixture.enterpriseA, fixture.enterpriseB],
      banks: ['bank'],
    });
    assert.equal(created.statusCode, 201, created.body);
    const event = created.json();
    assert.deepEqual(
      event.enterprises.map((item: { name: string }) => item.name),
      ['鄂州甲科技有限公司', '鄂州乙光电有限公司'],
    );
    assert.deepEqual(event.banks, [{ bank: 'bank', bankName: '合作银行（演示）' }]);
    assert.ok(event.results.byBank.length > 0);
    assert.deepEqual(
      event.results.byBank.map((item: { bank: string; granted: number }) => [item.bank, item.granted]),
      [['bank', 1]],
    );
    const unknown = await call('admin', 'POST', '/api/financing/events', {
      title: '专场',
      heldOn: '2026-12-01',
      banks: ['nobank'],
    });
    assert.equal(unknown.json().error.message, '字段“参加金融机构”：未找到金融机构账号 nobank');
  });
});
