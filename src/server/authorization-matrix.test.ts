import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { AUDIENCES, type Audience, type Role } from '../domain/roles.ts';
import { DEMO_PASSWORD } from '../services/accounts/create-demo-accounts.ts';
import { samplePenaltyRow } from '../services/import/sample-files.ts';
import type { AccessScope, RouteAccess } from './access.ts';
import { createServerFixture, OTHER_DEPARTMENT, type ServerFixture } from './server-test-fixture.ts';

/**
 * How to call one operation of the OpenAPI document as a given audience: the request within the audience's scope
 * (its own enterprise, department or token), and, for a scoped audience, a request for someone else's data.
 * Every operation in the document must have one, so a new route cannot escape this test.
 */
interface Sample {
  request(audience: Audience): Promise<InjectOptions> | InjectOptions;
  /** Someone else's resource, for audiences whose scope is narrower than 'all' (undefined: the list check covers it). */
  outside?(audience: Audience): Promise<InjectOptions | undefined> | InjectOptions | undefined;
  /** Checks that a scoped list only holds what the audience may see. */
  checkList?(body: any, audience: Audience, fixture: ServerFixture): void;
  /** Each call needs its own session (logout ends the one it is given). */
  freshSession?: boolean;
}

/** What the scope sends back for someone else's resource: 403, except tokens, which do not exist for others. */
const OUTSIDE_STATUS: Record<Exclude<AccessScope, 'all'>, number> = { 'own-enterprise': 403, 'own-department': 403, 'own-account': 404 };

describeOnEachEngine('authorization matrix', (current) => {
  let fixture: ServerFixture;
  let document: any;
  const sessions = new Map<Role, string>();
  let counter = 0;

  before(async () => {
    fixture = await createServerFixture(current());
    document = (await fixture.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const audience of AUDIENCES) if (audience !== 'anonymous') sessions.set(audience, await fixture.logIn(audience));
  });
  after(async () => {
    await fixture?.close();
  });

  /** A token owned by the audience (by the administrator for audiences that cannot hold one), to revoke. */
  async function tokenOf(audience: Audience): Promise<number> {
    const owner = audience === 'anonymous' || !['admin', 'department_operator', 'bank', 'association'].includes(audience) ? 'admin' : audience;
    const response = await fixture.injectAs(owner, { method: 'POST', url: '/api/tokens', payload: { name: `矩阵 ${(counter += 1)}` } }, sessions.get(owner as Role));
    return response.json().id;
  }
  const userId = async (username: string) => (await current().db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  const samples: Record<string, Sample> = {
    'GET /healthz': { request: () => ({ method: 'GET', url: '/healthz' }) },
    'POST /api/auth/login': { request: () => ({ method: 'POST', url: '/api/auth/login', payload: { username: 'inspector', password: DEMO_PASSWORD } }) },
    'POST /api/auth/logout': { request: () => ({ method: 'POST', url: '/api/auth/logout' }), freshSession: true },
    'GET /api/auth/me': { request: () => ({ method: 'GET', url: '/api/auth/me' }) },
    'POST /api/tokens': {
      request: () => ({ method: 'POST', url: '/api/tokens', payload: { name: `矩阵 ${(counter += 1)}` } }),
      checkList: (body, audience) => assert.equal(body.owner, fixture.accounts.find((account) => account.role === audience)!.username, 'a token always belongs to its creator'),
    },
    'GET /api/tokens': {
      request: () => ({ method: 'GET', url: '/api/tokens' }),
      checkList: (body, audience) => {
        if (audience !== 'admin') assert.ok(body.items.every((item: { owner: string }) => item.owner === fixture.accounts.find((account) => account.role === audience)!.username));
      },
    },
    'DELETE /api/tokens/{id}': {
      request: async (audience) => ({ method: 'DELETE', url: `/api/tokens/${await tokenOf(audience)}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/tokens/${await tokenOf('admin')}` }),
    },
    'GET /api/users': { request: () => ({ method: 'GET', url: '/api/users' }) },
    'POST /api/users': {
      request: () => ({ method: 'POST', url: '/api/users', payload: { username: `matrix-${(counter += 1)}`, displayName: '矩阵测试', role: 'inspector', password: 'matrix-password-1' } }),
    },
    'PATCH /api/users/{id}': { request: async () => ({ method: 'PATCH', url: `/api/users/${await userId('inspector')}`, payload: { displayName: `检查人员 ${(counter += 1)}` } }) },
    'GET /api/catalog/kinds': { request: () => ({ method: 'GET', url: '/api/catalog/kinds' }) },
    'GET /api/catalog/departments': { request: () => ({ method: 'GET', url: '/api/catalog/departments' }) },
    'GET /api/enterprises': {
      request: () => ({ method: 'GET', url: '/api/enterprises' }),
      checkList: (body, audience) => {
        const codes = body.items.map((item: { uscc: string }) => item.uscc);
        if (audience === 'enterprise') assert.deepEqual(codes, [fixture.enterpriseA]);
        else assert.deepEqual(codes.sort(), [fixture.enterpriseA, fixture.enterpriseB].sort());
      },
    },
    'GET /api/enterprises/{uscc}': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}` }),
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}` }),
    },
    'GET /api/enterprises/{uscc}/records': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/records` }),
      // A department operator's list is filtered to its own department instead (checkList).
      outside: (audience) => (audience === 'enterprise' ? { method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/records` } : undefined),
      checkList: (body, audience) => {
        const departments = body.items.map((item: { departmentCode: string }) => item.departmentCode).sort();
        assert.deepEqual(departments, audience === 'department_operator' ? ['scjg'] : ['scjg', OTHER_DEPARTMENT].sort());
      },
    },
    'GET /api/records/{id}': {
      request: () => ({ method: 'GET', url: `/api/records/${fixture.records.aOwnDepartment}` }),
      outside: (audience) => ({ method: 'GET', url: `/api/records/${audience === 'enterprise' ? fixture.records.b : fixture.records.aOtherDepartment}` }),
    },
    'POST /api/departments/{code}/records': {
      request: () => ({ method: 'POST', url: '/api/departments/scjg/records', payload: { kind: 'administrative_penalty', records: [samplePenaltyRow(100 + (counter += 1))] } }),
      outside: () => ({ method: 'POST', url: `/api/departments/${OTHER_DEPARTMENT}/records`, payload: { kind: 'administrative_penalty', records: [samplePenaltyRow(100 + (counter += 1))] } }),
    },
  };

  test('every operation in the OpenAPI document answers every role as its declared access rule says', async () => {
    const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([url, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ name: `${method.toUpperCase()} ${url}`, access: operation['x-access'] as RouteAccess })),
    );
    const missing = operations.filter((operation) => !samples[operation.name]).map((operation) => operation.name);
    assert.deepEqual(missing, [], 'every documented operation has a sample request in this test');

    const problems: string[] = [];
    let checked = 0;
    for (const { name, access } of operations) {
      const sample = samples[name]!;
      for (const audience of AUDIENCES) {
        const call = async (request: InjectOptions) => {
          const session = audience === 'anonymous' ? undefined : sample.freshSession ? await fixture.logIn(audience) : sessions.get(audience);
          return fixture.injectAs(audience, request, session);
        };
        const scope = access[audience];
        const response = await call(await sample.request(audience));
        checked += 1;
        if (scope === undefined) {
          const expected = audience === 'anonymous' ? 401 : 403;
          if (response.statusCode !== expected) problems.push(`${name} as ${audience}: expected ${expected}, got ${response.statusCode} ${response.body}`);
          continue;
        }
        if (response.statusCode >= 300) {
          problems.push(`${name} as ${audience} (${scope}): expected success, got ${response.statusCode} ${response.body}`);
          continue;
        }
        if (sample.checkList && response.statusCode < 300) {
          try {
            sample.checkList(response.json(), audience, fixture);
          } catch (error) {
            problems.push(`${name} as ${audience} (${scope}): list holds data outside the scope: ${(error as Error).message}`);
          }
        }
        if (scope !== 'all') {
          const outsideRequest = await sample.outside?.(audience);
          if (!outsideRequest && !sample.checkList) problems.push(`${name}: scoped for ${audience} but nothing checks data outside the scope`);
          if (outsideRequest) {
            const outside = await call(outsideRequest);
            checked += 1;
            const expected = OUTSIDE_STATUS[scope];
            if (outside.statusCode !== expected) problems.push(`${name} as ${audience} (${scope}) for someone else's data: expected ${expected}, got ${outside.statusCode} ${outside.body}`);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(checked >= operations.length * AUDIENCES.length);
  });

  test('the declared matrix keeps the platform rules: enterprises see only themselves, banks and associations see no enterprise data yet, only admins manage accounts', () => {
    for (const [url, methods] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        const access = operation['x-access'] as RouteAccess;
        const name = `${method.toUpperCase()} ${url}`;
        if (url.startsWith('/api/enterprises') || url.startsWith('/api/records')) {
          assert.ok(access.enterprise === undefined || access.enterprise === 'own-enterprise', `${name}: an enterprise sees only itself`);
          assert.equal(access.bank, undefined, `${name}: banks only through pushed lists or authorisation`);
          assert.equal(access.association, undefined, `${name}: associations only through pushed lists or authorisation`);
          assert.equal(access.anonymous, undefined, `${name}: not public`);
        }
        if (url.startsWith('/api/users')) assert.deepEqual(Object.keys(access), ['admin'], `${name}: only administrators manage accounts`);
        if (url.startsWith('/api/records')) assert.equal(access.department_operator, 'own-department', `${name}: a department sees only its own records`);
        if (url.startsWith('/api/departments/')) assert.deepEqual(access, { department_operator: 'own-department' }, `${name}: only a department writes its own records`);
      }
    }
  });

  test('personal data is masked for everyone, shown in clear only to the owning department on request, and every clear read is audited', async () => {
    const id = fixture.records.aOwnDepartment;
    for (const role of ['admin', 'reviewer', 'inspector', 'enterprise', 'department_operator'] as const) {
      const response = await fixture.injectAs(role, { method: 'GET', url: `/api/records/${id}` }, sessions.get(role));
      assert.equal(response.statusCode, 200, role);
      const record = response.json();
      assert.equal(record.fields.legal_representative_id_number, '4207**********1234', `${role} sees the identity number masked`);
      assert.equal(record.fields.legal_representative, '张*明');
      assert.ok(!response.body.includes(fixture.personalIdNumber) && !response.body.includes('cipher'), `${role} gets neither the clear value nor the cipher`);
    }
    for (const role of ['admin', 'reviewer', 'enterprise'] as const) {
      const response = await fixture.injectAs(role, { method: 'GET', url: `/api/records/${id}?reveal=true` }, sessions.get(role));
      assert.equal(response.statusCode, 403, `${role} may not reveal`);
      assert.equal(response.json().error.message, '个人信息明文仅对数据所属部门开放');
    }
    const before = await current().db.selectFrom('audit_events').select('seq').where('action', '=', 'personal.revealed').execute();
    const revealed = await fixture.injectAs('department_operator', { method: 'GET', url: `/api/records/${id}?reveal=true` }, sessions.get('department_operator'));
    assert.equal(revealed.statusCode, 200);
    assert.equal(revealed.json().revealed, true);
    assert.equal(revealed.json().fields.legal_representative_id_number, fixture.personalIdNumber);
    assert.equal(revealed.json().versions[0].fields.legal_representative_id_number, fixture.personalIdNumber);
    const events = await current().db.selectFrom('audit_events').selectAll().where('action', '=', 'personal.revealed').execute();
    assert.equal(events.length, before.length + 1);
    const event = events.at(-1)!;
    assert.equal(event.actor, 'dept');
    assert.equal(event.subject_id, String(id));
    assert.deepEqual((event.payload as { fields: string[] }).fields, ['legal_representative_id_number']);
  });

  test('the enterprise detail shows the legal representative masked, and a record shows its history and where each version came from', async () => {
    const enterprise = await fixture.injectAs('reviewer', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA.toLowerCase()}` }, sessions.get('reviewer'));
    assert.equal(enterprise.statusCode, 200);
    assert.equal(enterprise.json().legalRepresentative, '张*明');
    assert.equal(enterprise.json().name, '鄂州甲科技有限公司');
    const record = (await fixture.injectAs('reviewer', { method: 'GET', url: `/api/records/${fixture.records.aOwnDepartment}` }, sessions.get('reviewer'))).json();
    assert.equal(record.enterprise.uscc, fixture.enterpriseA);
    assert.equal(record.versions.length, 1);
    assert.deepEqual({ ...record.versions[0].provenance, batchId: 0, receivedAt: '' }, { batchId: 0, departmentCode: 'scjg', fileName: 'scjg.json', fileHash: 'scjg', format: 'json', operator: '测试', receivedAt: '' });
  });

  test('records of an enterprise are paged and filtered by kind and status', async () => {
    const query = (search: string) => fixture.injectAs('reviewer', { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/records?${search}` }, sessions.get('reviewer'));
    const firstPage = (await query('limit=1')).json();
    assert.equal(firstPage.total, 2);
    assert.equal(firstPage.items.length, 1);
    const secondPage = (await query('limit=1&offset=1')).json();
    assert.notEqual(secondPage.items[0].id, firstPage.items[0].id);
    assert.equal((await query('kind=administrative_license')).json().total, 0);
    assert.equal((await query('status=active&kind=administrative_penalty')).json().total, 2);
    assert.equal((await query('status=repaired')).json().total, 0);
  });
});
