import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { describeOnEachEngine } from '../../../test/support/stores.ts';
import type { Role } from '../../domain/roles.ts';
import { DEFAULT_MODEL_DIR, ensurePublishedModel } from '../../services/evaluation/ensure-published-model.ts';
import { editModelFiles } from '../../services/evaluation/evaluation-test-support.ts';
import { jobsOf } from '../../services/jobs/job-registry.ts';
import { createServerFixture, type ServerFixture } from '../server-test-fixture.ts';

/**
 * 模型管理 over HTTP: versions with their parameters, a draft simulated as a background job with the
 * grade transition matrix, publishing with the reviewed digest, and the full re-evaluation as a job. The fixture's
 * two enterprises both score 70 (grade B: the market-supervision penalty still counts) with model v1.
 */
describeOnEachEngine('model management over HTTP', (current) => {
  let fixture: ServerFixture;
  const sessions = new Map<Role, string>();
  before(async () => {
    fixture = await createServerFixture(current());
    await ensurePublishedModel(current());
    for (const role of ['admin', 'reviewer'] as const) sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });
  const call = (role: 'admin' | 'reviewer', method: 'GET' | 'POST', url: string, payload?: object) =>
    fixture.injectAs(role, { method, url, payload }, sessions.get(role));

  /** A copy of v1 in the data directory's drafts, renamed and edited. */
  function draft(version: string, edits: Record<string, Array<[string, string]>> = {}): void {
    const dir = path.join(fixture.dataDir, 'models', 'huarong-sci-tech', version);
    fs.cpSync(DEFAULT_MODEL_DIR, dir, { recursive: true });
    editModelFiles(dir, {
      ...edits,
      'model.yaml': [['version: v1\n', `version: ${version}\n`], ...(edits['model.yaml'] ?? [])],
    });
  }
  /** Waits for the job to end and returns it as GET /api/jobs/{id} reports it. */
  async function finished(jobId: string) {
    await jobsOf(current()).whenIdle();
    const response = await call('admin', 'GET', `/api/jobs/${jobId}`);
    assert.equal(response.statusCode, 200, response.body);
    return response.json();
  }

  test('the version list shows the published v1 and a draft from the data directory, each with its status and digest', async () => {
    draft('v1-a70', {
      'model.yaml': [
        ['min_score: 70', 'min_score: 69'],
        ['min_score: 84', 'min_score: 70'],
      ],
    });
    const response = await call('reviewer', 'GET', '/api/model-versions');
    assert.equal(response.statusCode, 200, response.body);
    const byKey = new Map(response.json().items.map((item: { key: string }) => [item.key, item]));
    const v1 = byKey.get('huarong-sci-tech/v1') as Record<string, unknown>;
    assert.deepEqual(
      [v1.status, v1.source, v1.filesChanged, v1.effectiveFrom],
      ['published', 'platform', false, '2026-12-01'],
    );
    assert.match(String(v1.digest), /^[0-9a-f]{64}$/);
    const draftVersion = byKey.get('huarong-sci-tech/v1-a70') as Record<string, unknown>;
    assert.deepEqual(
      [draftVersion.status, draftVersion.source, draftVersion.lastSimulation],
      ['draft', 'data-dir', null],
    );
    assert.notEqual(draftVersion.digest, v1.digest, 'a changed grade table changes the digest');
  });

  test('a version’s detail gives every parameter with its unit, its reference and its value from each effective date', async () => {
    const response = await call('reviewer', 'GET', '/api/model-versions/huarong-sci-tech/v1');
    assert.equal(response.statusCode, 200, response.body);
    const detail = response.json();
    assert.equal(detail.dimensions.length, 9);
    assert.deepEqual([detail.problems, detail.testFailures], [[], []]);
    const age = detail.parameters.find((parameter: { id: string }) => parameter.id === 'enterprise_age_points');
    assert.equal(age.unit, '分');
    assert.match(age.reference, /000 §二\(四\)/);
    assert.match(age.referenceText, /《华容区深化“信用\+科技创新”先行区创建实施方案》第二部分第（四）项/);
    assert.doesNotMatch(detail.referenceText, /§|DOMAIN\.md/, 'the model’s basis is read without repository notes');
    assert.deepEqual(age.usedBy, ['enterprise_age']);
    assert.equal(age.values[0].from, '2019-01-01');
    assert.match(age.values[0].text, /不足 1：0 分；1 至不足 3：10 分；.*10 及以上：35 分$/);
    assert.deepEqual(
      detail.grades.map((grade: { grade: string; minScore: number | null }) => [grade.grade, grade.minScore]),
      [
        ['A', 84],
        ['B', 70],
        ['C', 60],
        ['D', null],
      ],
    );
    assert.equal((await call('reviewer', 'GET', '/api/model-versions/huarong-sci-tech/v9')).statusCode, 404);
  });

  test('an administrator simulates a draft as a job, then its detail holds the transition matrix and the count of changed grades', async () => {
    const started = await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-a70/simulations');
    assert.equal(started.statusCode, 202, started.body);
    assert.equal(started.json().status, 'running');
    const job = await finished(started.json().id);
    assert.equal(job.status, 'done', JSON.stringify(job));
    assert.deepEqual([job.processed, job.total, job.progress], [2, 2, 1]);
    assert.equal((job.result as { movedCount: number }).movedCount, 2);

    const detail = (await call('reviewer', 'GET', '/api/model-versions/huarong-sci-tech/v1-a70')).json();
    assert.equal(detail.status, 'simulated');
    const simulation = detail.simulation;
    assert.equal(simulation.published.modelVersion, 'huarong-sci-tech/v1');
    assert.equal(simulation.transitions.B.A, 2, 'both B enterprises (70 points) reach the lowered A line');
    assert.equal(simulation.movedCount, 2);
    assert.equal(simulation.moved.length, 2);
    for (const moved of simulation.moved) assert.match(moved.name, /公司$/, 'each moved enterprise is named');
    assert.deepEqual(simulation.distribution.draft, { A: 2, B: 0, C: 0, D: 0 });
    assert.equal(simulation.simulatedBy, 'admin');
    assert.equal(
      (await call('reviewer', 'POST', '/api/model-versions/huarong-sci-tech/v1-a70/simulations')).statusCode,
      403,
      'reviewers only read',
    );
  });

  test('a draft whose own test cases fail is simulated but its publication job fails and names the failing cases', async () => {
    const detail = (await call('admin', 'GET', '/api/model-versions/huarong-sci-tech/v1-a70')).json();
    assert.equal(detail.testFailures.length, 3, 'the detail shows the failing cases before anyone publishes');
    assert.match(detail.testFailures.join('\n'), /\[整体\] 没有任何信用记录的新设企业.*等级应为 B，实为 A/);
    const digest = detail.digest;
    const started = await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-a70/publication', {
      confirmDigest: digest,
    });
    assert.equal(started.statusCode, 202, started.body);
    const job = await finished(started.json().id);
    assert.equal(job.status, 'failed');
    assert.match(job.error.message, /3 个测试用例未通过/);
    const versions = (await call('admin', 'GET', '/api/model-versions')).json().items;
    assert.equal(
      versions.find((item: { status: string }) => item.status === 'published').key,
      'huarong-sci-tech/v1',
      'v1 stays published',
    );
  });

  test('publishing needs the digest that was reviewed; with it the version is published, v1 retired and everyone re-evaluated', async () => {
    assert.equal(
      (await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-copy/simulations')).statusCode,
      404,
      'no such draft yet',
    );
    draft('v1-copy');
    const notSimulated = await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-copy/publication', {
      confirmDigest: 'a'.repeat(64),
    });
    assert.equal(notSimulated.statusCode, 409);
    assert.match(notSimulated.json().error.message, /尚未模拟/);
    const simulation = await finished(
      (await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-copy/simulations')).json().id,
    );
    assert.equal(simulation.status, 'done', JSON.stringify(simulation));

    const stale = await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-copy/publication', {
      confirmDigest: 'a'.repeat(64),
    });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.json().error.message, /文件在您查看之后有变化/);
    const digest = (await call('admin', 'GET', '/api/model-versions/huarong-sci-tech/v1-copy')).json().digest;
    const job = await finished(
      (
        await call('admin', 'POST', '/api/model-versions/huarong-sci-tech/v1-copy/publication', {
          confirmDigest: digest,
        })
      ).json().id,
    );
    assert.equal(job.status, 'done', JSON.stringify(job));
    assert.deepEqual(
      [job.result.modelVersion, job.result.retired, job.result.evaluated, job.processed, job.total],
      ['huarong-sci-tech/v1-copy', 'huarong-sci-tech/v1', 2, 2, 2],
    );
    const statuses = Object.fromEntries(
      (await call('reviewer', 'GET', '/api/model-versions'))
        .json()
        .items.map((item: { key: string; status: string }) => [item.key, item.status]),
    );
    assert.deepEqual([statuses['huarong-sci-tech/v1'], statuses['huarong-sci-tech/v1-copy']], ['retired', 'published']);
  });

  test('the full re-evaluation runs as a job with progress and appears in the run history as finished', async () => {
    const started = await call('admin', 'POST', '/api/evaluation-runs', {});
    assert.equal(started.statusCode, 202, started.body);
    const job = await finished(started.json().id);
    assert.equal(job.status, 'done', JSON.stringify(job));
    assert.deepEqual([job.processed, job.total, job.result.evaluated], [2, 2, 2]);
    const runs = (await call('reviewer', 'GET', '/api/evaluation-runs')).json().items;
    assert.deepEqual(
      [runs[0].id, runs[0].kind, runs[0].status, runs[0].evaluated, runs[0].modelVersion],
      [job.result.runId, 'all', 'finished', 2, 'huarong-sci-tech/v1-copy'],
    );
    assert.equal(runs[1].kind, 'publish');
    const listed = (await call('reviewer', 'GET', '/api/jobs?kind=evaluation.run')).json().items;
    assert.deepEqual(
      listed.map((item: { id: string; startedBy: string; startedByName: string }) => [
        item.id,
        item.startedBy,
        item.startedByName,
      ]),
      [[job.id, 'admin', '系统管理员（演示）']],
      'the running-job banner names the person who started it, next to the account',
    );
    assert.equal(started.json().startedByName, '系统管理员（演示）', 'so does the answer that starts it');
  });
});
