import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import type { NormalizedRecord } from '../domain/record.ts';
import type { Role } from '../domain/roles.ts';
import { makeOrganizationCode, makeUscc } from '../domain/uscc.ts';
import { createDemoAccounts, DEMO_PASSWORD, type DemoAccount } from '../services/accounts/create-demo-accounts.ts';
import { registerEnterprises } from '../services/enterprises/register-enterprises.ts';
import { loadSecretKey, protectPersonal } from '../services/import/protect-personal.ts';
import { commitBatch } from '../services/records/commit-batch.ts';
import type { Store } from '../store/connect.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { buildServer } from './build-server.ts';
import type { ServerOptions, ZodApp } from './server-context.ts';
import { listRecordKeys } from '../store/record.repository.ts';

/**
 * A small district for server tests: enterprise A (the demo enterprise account's own) and enterprise B, penalties
 * against A from 区市场监管局 (the demo operator's department) and from 区税务局, one against B, the demo accounts,
 * and a built server. Personal values are encrypted with a key in a temporary data directory.
 */
export interface ServerFixture {
  app: ZodApp;
  dataDir: string;
  accounts: DemoAccount[];
  enterpriseA: string;
  enterpriseB: string;
  /** Record ids: A from the operator's own department, A from another department, B. */
  records: { aOwnDepartment: number; aOtherDepartment: number; b: number };
  /** The identity number stored (encrypted) in record aOwnDepartment. */
  personalIdNumber: string;
  /** Logs in as the demo account of a role and returns its session cookie value. */
  logIn(role: Role): Promise<string>;
  /** Injects a request as a role (a fresh session unless `session` is given) or anonymously. */
  injectAs(
    role: Role | 'anonymous',
    request: InjectOptions,
    session?: string,
  ): Promise<Awaited<ReturnType<ZodApp['inject']>>>;
  close(): Promise<void>;
}

export const OTHER_DEPARTMENT = 'tax';

export async function createServerFixture(store: Store, options: ServerOptions = {}): Promise<ServerFixture> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'xinping-server-'));
  const key = loadSecretKey(dataDir, {});
  const enterpriseA = makeUscc(`91420703${makeOrganizationCode('MA4A0001')}`);
  const enterpriseB = makeUscc(`91420703${makeOrganizationCode('MA4A0002')}`);
  const registered = await registerEnterprises(
    store.db,
    '测试',
    [
      {
        uscc: enterpriseA,
        name: '鄂州甲科技有限公司',
        legalRepresentative: '张三明',
        status: '存续',
        industryCode: 'I65',
        registeredOn: '2018-03-01',
      },
      {
        uscc: enterpriseB,
        name: '鄂州乙光电有限公司',
        legalRepresentative: '李四',
        status: '存续',
        industryCode: 'C39',
        registeredOn: '2019-06-01',
      },
    ],
    { today: '2026-11-01' },
  );
  const rejected = registered.items.filter((item) => item.outcome === 'rejected');
  if (rejected.length > 0) throw new Error(`fixture enterprises rejected: ${JSON.stringify(rejected)}`);

  const personalIdNumber = '420703198001011234';
  // The market-supervision penalties are still published (一般: one year on the platform, 《信用修复管理办法》); the tax one
  // has ended its publicity.
  const penalty = (
    uscc: string,
    name: string,
    department: string,
    number: string,
    sourceRow: number,
    decidedOn = '2026-05-20',
  ): NormalizedRecord => ({
    sourceRow,
    subjectUscc: uscc,
    subjectName: name,
    kind: 'administrative_penalty',
    naturalKey: `${number}|${department}`,
    departmentCode: department,
    status: 'active',
    occurredOn: decidedOn,
    endsOn: null,
    level: '一般',
    subtype: '罚款',
    grade: null,
    amount: 1.5,
    quantity: null,
    fields: {
      subject_name: name,
      subject_uscc: uscc,
      legal_representative: '张三明',
      legal_representative_id_number: protectPersonal(personalIdNumber, key),
      decision_number: number,
      penalty_category: '罚款',
      fine_amount: 1.5,
      decision_date: decidedOn,
    },
  });
  const commit = (department: string, records: NormalizedRecord[]) =>
    commitBatch(
      store.db,
      {
        departmentCode: department,
        kind: 'administrative_penalty',
        fileName: `${department}.json`,
        fileHash: department,
        format: 'json',
        mode: 'all-or-nothing',
        operator: '测试',
      },
      [records],
      () => ({ commit: true, totalRows: records.length, rejectedRows: 0 }),
    );
  await commit('scjg', [
    penalty(enterpriseA, '鄂州甲科技有限公司', 'scjg', '华市监罚〔2025〕1号', 2),
    penalty(enterpriseB, '鄂州乙光电有限公司', 'scjg', '华市监罚〔2025〕2号', 3),
  ]);
  await commit(OTHER_DEPARTMENT, [
    penalty(enterpriseA, '鄂州甲科技有限公司', OTHER_DEPARTMENT, '华税罚〔2025〕7号', 2, '2025-05-20'),
  ]);
  const ids = await listRecordKeys(store.db);
  const idOf = (prefix: string) => ids.find((row) => row.natural_key.startsWith(prefix))!.id;

  const accounts = await createDemoAccounts(store.db);
  const app = await buildServer(store, {
    dataDir,
    secretKey: key,
    ...options,
    limits: {
      loginsPerIpPerMinute: 1000,
      costlyPerAccountPerMinute: 1000,
      costlyPerIpPerMinute: 1000,
      ...options.limits,
    },
  });
  const usernameOf = (role: Role) => accounts.find((account) => account.role === role)!.username;

  async function logIn(role: Role): Promise<string> {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: usernameOf(role), password: DEMO_PASSWORD },
    });
    if (response.statusCode !== 200) throw new Error(`login as ${role} failed: ${response.body}`);
    return response.cookies.find((cookie) => cookie.name === SESSION_COOKIE)!.value;
  }

  return {
    app,
    dataDir,
    accounts,
    enterpriseA,
    enterpriseB,
    records: {
      aOwnDepartment: idOf('华市监罚〔2025〕1号'),
      aOtherDepartment: idOf('华税罚'),
      b: idOf('华市监罚〔2025〕2号'),
    },
    personalIdNumber,
    logIn,
    async injectAs(role, request, session) {
      if (role === 'anonymous') return app.inject(request);
      const cookie = session ?? (await logIn(role));
      return app.inject({ ...request, cookies: { ...request.cookies, [SESSION_COOKIE]: cookie } });
    },
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
