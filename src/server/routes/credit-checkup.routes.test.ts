import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import { ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { evaluateEnterprise } from '../../services/evaluation/evaluate-enterprise.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

const PDF = Buffer.from('%PDF-1.7\nproof that the fine was paid\n%%EOF');

interface Suggestion {
  change: { type: 'repair'; recordId: number } | { type: 'fact'; fact: string };
  title: string;
  how: string;
  isAvailableNow: boolean;
  scoreChange: number;
  simulated: { score: number; grade: string };
  referenceText: string | null;
}

describeOnEachEngine('信用体检 (what-if) over HTTP', (current) => {
  let fixture: ServerFixture;
  let enterpriseSession: string;
  let reviewerSession: string;
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    await evaluateEnterprise(current().db, fixture.enterpriseA);
    enterpriseSession = await fixture.logIn('enterprise');
    reviewerSession = await fixture.logIn('reviewer');
  });
  after(async () => {
    await fixture?.close();
  });

  const asEnterprise = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs('enterprise', { method, url, payload }, enterpriseSession);
  const asReviewer = (method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs('reviewer', { method, url, payload }, reviewerSession);
  const evaluationsOfA = async () =>
    current()
      .db.selectFrom('evaluations as v')
      .innerJoin('enterprises as e', 'e.id', 'v.enterprise_id')
      .select(['v.id', 'v.score'])
      .where('e.uscc', '=', fixture.enterpriseA)
      .orderBy('v.id', 'asc')
      .execute();

  test('the check-up lists repairing the unrepaired 一般 penalty and the missing facts that raise the score, most points first', async () => {
    const response = await asEnterprise('GET', `/api/enterprises/${fixture.enterpriseA}/checkup`);
    assert.equal(response.statusCode, 200, response.body);
    const overview = response.json();
    assert.match(overview.modelName, /华容区科创企业公共信用综合评价（v\d 版）/);
    const suggestions: Suggestion[] = overview.suggestions;
    const repair = suggestions.find(
      (item) => item.change.type === 'repair' && item.change.recordId === fixture.records.aOwnDepartment,
    );
    assert.ok(repair, 'repairing the 市场监管 penalty is suggested');
    assert.ok(repair.scoreChange > 0, `repairing raises the score (${repair.scoreChange})`);
    assert.match(repair.title, /^如果“行政处罚（华市监罚〔2025〕1号）”完成信用修复$/);
    assert.match(repair.how, /信用修复/);
    const highTech = suggestions.find(
      (item) => item.change.type === 'fact' && item.change.fact === 'high_tech_certification',
    );
    assert.ok(highTech, 'obtaining the 高新技术企业 recognition is suggested');
    assert.equal(highTech.title, '如果取得高新技术企业认定');
    assert.match(highTech.how, /自主申报/);
    assert.ok(highTech.referenceText, 'the assumption states its basis');
    for (const item of suggestions.filter((candidate) => candidate.referenceText))
      assert.doesNotMatch(
        item.referenceText!,
        /§|\.ya?ml|README/,
        'the basis reads as a regulation, not a repository note',
      );
    assert.ok(suggestions.length >= 2);
    for (let index = 1; index < suggestions.length; index++)
      assert.ok(suggestions[index - 1]!.scoreChange >= suggestions[index]!.scoreChange, 'most points first');
    assert.equal(
      Math.round((overview.current.score + repair.scoreChange) * 100) / 100,
      repair.simulated.score,
      'the simulated score is the current score plus the change',
    );
  });

  test('a what-if repair shows the new score and changed indicator without storing anything; after the real repair the stored score equals it', async () => {
    const recordId = fixture.records.aOwnDepartment;
    const evaluationsBefore = await evaluationsOfA();
    const versionsBefore = (await asReviewer('GET', `/api/records/${recordId}`)).json().versions.length;

    const simulated = await asEnterprise('POST', `/api/enterprises/${fixture.enterpriseA}/checkup/simulate`, {
      changes: [{ type: 'repair', recordId }],
    });
    assert.equal(simulated.statusCode, 200, simulated.body);
    const what = simulated.json();
    assert.equal(what.simulation, true);
    assert.ok(what.simulated.score > what.current.score, `${what.current.score} → ${what.simulated.score}`);
    const penalties = what.indicators.find((indicator: { id: string }) => indicator.id === 'penalties_general');
    assert.ok(penalties, 'the 一般失信行政处罚 indicator changes');
    assert.ok(penalties.pointsBefore < 0 && penalties.pointsAfter === 0, JSON.stringify(penalties));
    assert.equal(what.stored.score, Number(evaluationsBefore.at(-1)!.score), 'the stored evaluation is shown as it is');

    assert.deepEqual(await evaluationsOfA(), evaluationsBefore, 'a simulation stores no evaluation');
    const record = (await asReviewer('GET', `/api/records/${recordId}`)).json();
    assert.equal(record.status, 'active', 'the record is not repaired by a simulation');
    assert.equal(record.versions.length, versionsBefore);

    const proof = (
      await asEnterprise('POST', '/api/attachments', {
        fileName: '缴款凭证.pdf',
        contentBase64: PDF.toString('base64'),
      })
    ).json().sha256;
    const applied = await asEnterprise('POST', '/api/repairs', {
      recordId,
      correction: '已缴清罚款并完成整改',
      attachments: [proof],
      acceptsCommitment: true,
    });
    assert.equal(applied.statusCode, 201, applied.body);
    await asReviewer('POST', `/api/repairs/${applied.json().id}/decision`, { action: 'accept' });
    const approved = await asReviewer('POST', `/api/repairs/${applied.json().id}/decision`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    const stored = (await evaluationsOfA()).at(-1)!;
    assert.equal(
      Number(stored.score),
      what.simulated.score,
      'the stored score after the repair equals the simulated one',
    );
  });

  test('facts tried together add up by the same engine, and an official can run the check-up for the enterprise', async () => {
    const response = await asReviewer('POST', `/api/enterprises/${fixture.enterpriseA}/checkup/simulate`, {
      changes: [
        { type: 'fact', fact: 'high_tech_certification' },
        { type: 'fact', fact: 'invention_patent' },
      ],
    });
    assert.equal(response.statusCode, 200, response.body);
    const what = response.json();
    assert.deepEqual(
      what.changes.map((change: { title: string }) => change.title),
      ['如果取得高新技术企业认定', '如果新获授权一件发明专利'],
    );
    const changed = new Set(what.indicators.map((indicator: { id: string }) => indicator.id));
    assert.ok(changed.has('high_tech_certified') && changed.has('invention_patents'), [...changed].join(','));
    assert.ok(what.simulated.score > what.current.score);
  });

  test('bad or foreign changes are refused in Chinese, and other enterprises and banks cannot look', async () => {
    const foreign = await asEnterprise('POST', `/api/enterprises/${fixture.enterpriseA}/checkup/simulate`, {
      changes: [{ type: 'repair', recordId: fixture.records.b }],
    });
    assert.equal(foreign.statusCode, 400);
    assert.match(foreign.json().error.message, /不是本企业仍在公示的失信信息/);
    const unknown = await asEnterprise('POST', `/api/enterprises/${fixture.enterpriseA}/checkup/simulate`, {
      changes: [{ type: 'fact', fact: 'moon_landing' }],
    });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.json().error.message, /没有“moon_landing”这一项/);
    const other = await asEnterprise('GET', `/api/enterprises/${fixture.enterpriseB}/checkup`);
    assert.equal(other.statusCode, 403);
    const bank = await fixture.injectAs('bank', {
      method: 'GET',
      url: `/api/enterprises/${fixture.enterpriseA}/checkup`,
    });
    assert.equal(bank.statusCode, 403);
  });
});
