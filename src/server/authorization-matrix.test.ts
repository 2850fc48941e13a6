import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { AUDIENCES, type Audience, type Role } from '../domain/roles.ts';
import { DEMO_PASSWORD } from '../services/accounts/create-demo-accounts.ts';
import { ensurePublishedModel } from '../services/evaluation/ensure-published-model.ts';
import { csvLine, PENALTY_HEADERS, samplePenaltyRow } from '../services/import/sample-files.ts';
import { createInspectionPlan, drawInspectionPlan } from '../services/grade-use/inspection-plans.ts';
import { reportMeasureFeedback } from '../services/grade-use/report-measure-feedback.ts';
import { pushSharedList } from '../services/sharing/push-shared-list.ts';
import { runPolicyMatching } from '../services/policy-matching/run-policy-matching.ts';
import { loadPolicyCatalog } from '../services/policy-matching/load-policies.ts';
import { sendStaffMessages } from '../services/notifications/send-staff-messages.ts';
import { fileRequest } from '../services/requests/file-request.ts';
import { handleRequest } from '../services/requests/handle-request.ts';
import { reportTaskProgress } from '../services/reform-tasks/report-task-progress.ts';
import { loadSecretKey } from '../services/import/protect-personal.ts';
import { keepRejectionFile } from '../services/import/staged-uploads.ts';
import { DEFAULT_MODEL_DIR } from '../services/evaluation/ensure-published-model.ts';
import { editModelFiles } from '../services/evaluation/evaluation-test-support.ts';
import { simulateModel } from '../services/evaluation/simulate-model.ts';
import { evaluateIncubators } from '../services/incubators/evaluate-incubators.ts';
import { jobsOf } from '../services/jobs/job-registry.ts';
import type { AccessScope, RouteAccess } from './access.ts';
import { createServerFixture, OTHER_DEPARTMENT, type ServerFixture } from './server-test-fixture.ts';
import { todayInDistrict } from '../domain/district-date.ts';
import { addDays } from '../domain/month-arithmetic.ts';
import { insertNeedWithMatches } from '../store/financing.repository.ts';
import { openSession } from '../services/accounts/open-session.ts';

/**
 * How to call one operation of the OpenAPI document as a given audience: the request within the audience's scope
 * (its own enterprise, department or token), and, for a scoped audience, a request for someone else's data.
 * Every operation in the document must have one, so a new route cannot escape this test.
 */
interface Sample {
  request(audience: Audience): Promise<InjectOptions> | InjectOptions;
  /** Someone else's resource, for audiences whose scope is narrower than 'all' (undefined: the list check covers it). */
  outside?(audience: Audience): Promise<InjectOptions | undefined> | InjectOptions | undefined;
  /** The answer for someone else's resource when it is not the scope's usual one (attachments: 404 like an unknown file). */
  outsideStatus?: number;
  /** Checks that a scoped list only holds what the audience may see. */
  checkList?(body: any, audience: Audience, fixture: ServerFixture): void;
  /** Each call needs its own session (logout ends the one it is given). */
  freshSession?: boolean;
  /**
   * The status an allowed audience gets when the sample is deliberately refused after the access check (a password
   * change with a wrong current password: a real change would end the sessions the other samples use).
   */
  allowedStatus?: number;
}

/** What the scope sends back for someone else's resource: 403, except tokens, which do not exist for others. */
const OUTSIDE_STATUS: Record<Exclude<AccessScope, 'all'>, number> = {
  'own-enterprise': 403,
  'own-department': 403,
  'own-account': 404,
  'shared-enterprise': 403,
};

describeOnEachEngine('authorization matrix', (current) => {
  let fixture: ServerFixture;
  let document: any;
  const sessions = new Map<Role, string>();
  let counter = 0;

  before(async () => {
    fixture = await createServerFixture(current());
    document = (await fixture.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const audience of AUDIENCES)
      if (audience !== 'anonymous') sessions.set(audience, await openSessionAs(audience));
    // Enterprise A is on a list pushed to the bank and to the association; B is shared with neither.
    for (const role of ['bank', 'association'] as const) {
      await pushSharedList(current().db, {
        listCode: 'matrix-list',
        listLabel: '矩阵测试名单',
        recipient: usernameOf(role),
        usccs: [fixture.enterpriseA],
        actor: 'admin',
      });
    }
  });
  after(async () => {
    await fixture?.close();
  });

  const usernameOf = (role: Role) => fixture.accounts.find((account) => account.role === role)!.username;
  /**
   * A session of the role's demo account, opened (and audited) as a login opens it, without checking the password:
   * this test is about what each session may do. A password check is a deliberately slow scrypt, and the sessions
   * made here were most of this file's scrypts, several seconds on a busy machine; POST /api/auth/login still logs
   * in as every audience.
   */
  async function openSessionAs(role: Role): Promise<string> {
    const db = current().db;
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', usernameOf(role))
      .executeTakeFirstOrThrow();
    return (await db.transaction().execute((trx) => openSession(trx, user, {}))).sessionToken;
  }
  /** A subscription owned by the audience (by the administrator for audiences that cannot subscribe), to cancel. */
  async function subscriptionOf(audience: Audience): Promise<number> {
    const owner =
      audience === 'anonymous' || !['admin', 'department_operator', 'bank', 'association'].includes(audience)
        ? 'admin'
        : audience;
    const payload = { name: `矩阵订阅 ${(counter += 1)}`, eventTypes: ['grade_changed'], delivery: 'pull' };
    return (
      await fixture.injectAs(owner, { method: 'POST', url: '/api/subscriptions', payload }, sessions.get(owner as Role))
    ).json().id;
  }
  /** The 兑现 cases of enterprises A and B for the 失业保险稳岗返还, opened by a matching run as of 2026-11-01. */
  let payoutCases: { a: number; b: number } | undefined;
  async function payoutCasesOfAB(): Promise<{ a: number; b: number }> {
    if (payoutCases) return payoutCases;
    const db = current().db;
    await runPolicyMatching(db, { asOf: '2026-11-01', notify: false, actor: 'admin' });
    const rows = await db
      .selectFrom('policy_payouts as p')
      .innerJoin('enterprises as e', 'e.id', 'p.enterprise_id')
      .select(['p.id', 'e.uscc'])
      .where('p.policy_code', '=', 'stable_employment_refund')
      .execute();
    const idOf = (uscc: string) => Number(rows.find((row) => row.uscc === uscc)!.id);
    payoutCases = { a: idOf(fixture.enterpriseA), b: idOf(fixture.enterpriseB) };
    return payoutCases;
  }
  /** A year with a stored incubator evaluation (the current one, evaluated once). */
  let evaluatedIncubatorYear: number | undefined;
  async function incubatorYear(): Promise<number> {
    if (evaluatedIncubatorYear) return evaluatedIncubatorYear;
    const year = Number(todayInDistrict().slice(0, 4));
    await evaluateIncubators(current().db, { year, actor: 'admin' });
    return (evaluatedIncubatorYear = year);
  }
  /** An authorisation enterprise A gives the bank, to revoke. */
  async function authorizationOfA(): Promise<number> {
    const payload = { grantee: usernameOf('bank'), validUntil: '2099-12-31', purpose: `贷款审批 ${(counter += 1)}` };
    return (
      await fixture.injectAs(
        'enterprise',
        { method: 'POST', url: '/api/authorizations', payload },
        sessions.get('enterprise'),
      )
    ).json().id;
  }
  /** An authorisation enterprise B gave (B has no account here: written directly). */
  async function authorizationOfB(): Promise<number> {
    const db = current().db;
    const enterprise = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    const bank = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', usernameOf('bank'))
      .executeTakeFirstOrThrow();
    const row = await db
      .insertInto('enterprise_authorizations')
      .values({
        enterprise_id: enterprise.id,
        grantee_user_id: bank.id,
        valid_until: '2099-12-31',
        purpose: '贷款审批',
        granted_by: 'B',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** A 双随机 plan of a department (drawn when asked), created directly: the samples test the routes, not creation. */
  async function inspectionPlanOf(department: string, drawn = false): Promise<number> {
    const plan = await createInspectionPlan(current().db, {
      departmentCode: department,
      title: `矩阵计划 ${(counter += 1)}`,
      inspectors: [usernameOf('inspector')],
      inspectorsPerVisit: 1,
      actor: 'admin',
    });
    if (drawn) await drawInspectionPlan(current().db, plan.id, 'admin');
    return plan.id;
  }
  /** A visit to enterprise A assigned to an inspector (another-inspector has no account: it stands for a colleague). */
  async function inspectionVisitOf(inspector: string): Promise<number> {
    const planId = await inspectionPlanOf('scjg');
    const enterprise = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    const row = await current()
      .db.insertInto('inspection_visits')
      .values({ plan_id: planId, enterprise_id: enterprise.id, risk_class: 'B', inspectors: [inspector] })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** An open listing proposal for a department, on a visit to enterprise A (as publishing a result would open it). */
  async function inspectionFollowUpOf(department: string): Promise<number> {
    const visitId = await inspectionVisitOf(usernameOf('inspector'));
    const visit = await current()
      .db.selectFrom('inspection_visits')
      .select('enterprise_id')
      .where('id', '=', visitId)
      .executeTakeFirstOrThrow();
    const row = await current()
      .db.insertInto('inspection_follow_ups')
      .values({
        visit_id: visitId,
        enterprise_id: visit.enterprise_id,
        outcome: '通过登记的住所（经营场所）无法联系',
        action: 'listing_proposal',
        description: '建议列入经营异常名录',
        department_code: department,
        proposed_kind: 'abnormal_operation',
        proposed_subtype: '通过登记的住所或经营场所无法联系',
        reference: '矩阵',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  /** A row for the versioned push, under a key never used before. */
  const pushedRow = () => {
    const n = 100 + (counter += 1);
    return { idempotencyKey: `matrix-${n}`, kind: 'administrative_penalty', record: samplePenaltyRow(n) };
  };
  /** The receipt of a push by the department operator (区市场监管局). */
  async function pushReceiptOf(): Promise<number> {
    const response = await fixture.injectAs(
      'department_operator',
      { method: 'POST', url: '/api/v1/departments/scjg/records', payload: { rows: [pushedRow()] } },
      sessions.get('department_operator'),
    );
    return response.json().receiptId;
  }
  /** A token owned by the audience (by the administrator for audiences that cannot hold one), to revoke. */
  async function tokenOf(audience: Audience): Promise<number> {
    const owner =
      audience === 'anonymous' || !['admin', 'department_operator', 'bank', 'association'].includes(audience)
        ? 'admin'
        : audience;
    const response = await fixture.injectAs(
      owner,
      { method: 'POST', url: '/api/tokens', payload: { name: `矩阵 ${(counter += 1)}` } },
      sessions.get(owner as Role),
    );
    return response.json().id;
  }
  /** Staff messages about a kind of subject to two departments (and, when asked, to the reviewers), for the reminder lists. */
  async function sendMatrixMessages(subjectType: string, toReviewers: boolean): Promise<void> {
    const message = (role: 'reviewer' | 'department_operator', departmentCode: string | null) => ({
      role,
      departmentCode,
      topic: 'matrix',
      title: '矩阵提醒',
      body: '矩阵提醒',
      subjectType,
      subjectId: String((counter += 1)),
      dedupeKey: `matrix:${counter}`,
    });
    await sendStaffMessages(current().db, [
      ...(toReviewers ? [message('reviewer', null)] : []),
      message('department_operator', 'scjg'),
      message('department_operator', OTHER_DEPARTMENT),
    ]);
  }
  async function uploadProof(): Promise<string> {
    const payload = {
      fileName: '证明.pdf',
      contentBase64: Buffer.from(`%PDF-1.7 proof ${(counter += 1)}`).toString('base64'),
    };
    return (
      await fixture.injectAs(
        'enterprise',
        { method: 'POST', url: '/api/attachments', payload },
        sessions.get('enterprise'),
      )
    ).json().sha256;
  }
  async function declarationPayload() {
    const fields = {
      荣誉名称: `矩阵荣誉 ${(counter += 1)}`,
      荣誉级别: '区级',
      荣誉类型: '其他表彰',
      授予单位: '华容区人民政府',
      授予日期: '2026-01-15',
    };
    return { kind: 'honor', fields, attachments: [await uploadProof()] };
  }
  /** A decision request on an open objection about a record (filed by the enterprise when none is open): accept it, or close it. */
  async function objectionDecision(recordId: number): Promise<InjectOptions> {
    let open = await current()
      .db.selectFrom('objections')
      .select(['id', 'state'])
      .where('record_id', '=', recordId)
      .where('state', 'in', ['submitted', 'accepted'])
      .executeTakeFirst();
    if (!open) {
      const filed = await fixture.injectAs(
        'enterprise',
        { method: 'POST', url: '/api/objections', payload: { recordId, reason: '记录有误', attachments: [] } },
        sessions.get('enterprise'),
      );
      open = { id: filed.json().id, state: 'submitted' };
    }
    const payload = open.state === 'submitted' ? { action: 'accept' } : { action: 'uphold', reason: '经核实记录无误' };
    return { method: 'POST', url: `/api/objections/${open.id}/decision`, payload };
  }
  /** A submitted repair application for record aOwnDepartment (opened by the enterprise when none is open). */
  async function openRepairId(): Promise<number> {
    const open = await current()
      .db.selectFrom('repair_applications')
      .select('id')
      .where('record_id', '=', fixture.records.aOwnDepartment)
      .where('state', '=', 'submitted')
      .executeTakeFirst();
    if (open) return open.id;
    const payload = {
      recordId: fixture.records.aOwnDepartment,
      correction: '已缴清罚款并整改',
      attachments: [await uploadProof()],
      acceptsCommitment: true,
    };
    return (
      await fixture.injectAs('enterprise', { method: 'POST', url: '/api/repairs', payload }, sessions.get('enterprise'))
    ).json().id;
  }
  /** A commitment the enterprise signed to a department and nobody checked yet (signed when none is open). */
  async function signedCommitmentId(department: string): Promise<number> {
    const open = await current()
      .db.selectFrom('commitments')
      .select('id')
      .where('department_code', '=', department)
      .where('state', '=', 'signed')
      .executeTakeFirst();
    if (open) return open.id;
    const payload = { commitmentType: '行业自律型', departmentCode: department };
    return (
      await fixture.injectAs(
        'enterprise',
        { method: 'POST', url: '/api/commitments', payload },
        sessions.get('enterprise'),
      )
    ).json().id;
  }
  const latestMessageOf = async (uscc: string) =>
    (
      await current()
        .db.selectFrom('notifications as n')
        .innerJoin('enterprises as e', 'e.id', 'n.enterprise_id')
        .select('n.id')
        .where('e.uscc', '=', uscc)
        .orderBy('n.id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  const noticeOf = async (recordId: number) =>
    (
      await current()
        .db.selectFrom('repair_notices')
        .select('id')
        .where('record_id', '=', recordId)
        .executeTakeFirstOrThrow()
    ).id;
  /** An attachment uploaded by enterprise B, named in none of enterprise A's cases. */
  async function foreignAttachment(): Promise<string> {
    const sha256 = 'e'.repeat(64);
    const content = Buffer.from('%PDF-1.7 foreign');
    fs.mkdirSync(path.join(fixture.dataDir, 'attachments'), { recursive: true });
    fs.writeFileSync(path.join(fixture.dataDir, 'attachments', sha256), content);
    const { db } = current();
    await db
      .insertInto('attachments')
      .values({
        sha256,
        media_type: 'application/pdf',
        size_bytes: content.length,
        file_name: '别家.pdf',
        uploaded_by: 'someone-else',
      })
      .onConflict((conflict) => conflict.column('sha256').doNothing())
      .execute();
    const enterpriseB = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    await db
      .insertInto('attachment_uploads')
      .values({
        sha256,
        uploaded_by: 'someone-else',
        user_id: null,
        enterprise_id: enterpriseB.id,
        department_code: null,
      })
      .onConflict((conflict) => conflict.columns(['sha256', 'uploaded_by']).doNothing())
      .execute();
    return sha256;
  }
  // 数据归集: a one-row penalty CSV for a department, staged by the administrator (who may name any department).
  function importUploadPayload(department: string) {
    const text =
      csvLine(PENALTY_HEADERS, Object.fromEntries(PENALTY_HEADERS.map((header) => [header, header]))) +
      csvLine(PENALTY_HEADERS, samplePenaltyRow(900 + (counter += 1)));
    return {
      fileName: `矩阵导入${counter}.csv`,
      contentBase64: Buffer.from(text).toString('base64'),
      departmentCode: department,
    };
  }
  // Imports run in the evaluation job group, one at a time: each sample waits for the previous import to finish.
  const importUploadOf = async (department: string): Promise<string> => {
    await jobsIdle();
    return (
      await fixture.injectAs(
        'admin',
        { method: 'POST', url: '/api/imports/uploads', payload: importUploadPayload(department) },
        sessions.get('admin'),
      )
    ).json().uploadId;
  };
  const importJobOf = async (department: string): Promise<string> => {
    const upload = await importUploadOf(department);
    return (
      await fixture.injectAs(
        'admin',
        { method: 'POST', url: `/api/imports/uploads/${upload}/commit`, payload: { mode: 'accept-valid' } },
        sessions.get('admin'),
      )
    ).json().id;
  };
  /** A batch of the department with a kept rejection file (written directly: the samples test the route, not the import). */
  async function rejectionBatchOf(department: string): Promise<number> {
    const batch = await current()
      .db.selectFrom('import_batches')
      .select('id')
      .where('department_code', '=', department)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const file = path.join(fixture.dataDir, `rejected-${batch.id}.csv`);
    fs.writeFileSync(file, '行政相对人名称,错误原因\r\n甲,缺少必填项\r\n');
    await keepRejectionFile(current().db, {
      batchId: batch.id,
      file,
      kind: 'administrative_penalty',
      ring: loadSecretKey(fixture.dataDir, {}).ring,
    });
    return batch.id;
  }
  const userId = async (username: string) =>
    (await current().db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  /** A feedback on a measure applied to enterprise A by a department (措施实施反馈). */
  const measureFeedbackOf = (departmentCode: string) => ({
    measure: 'heightened_supervision',
    uscc: fixture.enterpriseA,
    departmentCode,
    appliedOn: todayInDistrict(),
    result: 'applied',
  });
  let hasMeasureFeedbackOfBoth = false;
  async function storeMeasureFeedbackOfBoth(): Promise<void> {
    if (hasMeasureFeedbackOfBoth) return;
    hasMeasureFeedbackOfBoth = true;
    for (const departmentCode of ['scjg', OTHER_DEPARTMENT])
      await reportMeasureFeedback(current().db, {
        ...measureFeedbackOf(departmentCode),
        result: 'applied',
        actor: 'matrix',
      });
  }

  // IP-pledge whitelist: a current generation listing A and B of which only A is pushed to the bank,
  // written directly; loans and applicant lookups of the bank and of another bank (matrix-bank-2, an account nobody
  // logs in as: it stands for a competitor whose data the bank must never reach).
  async function currentWhitelistOfAB(): Promise<number> {
    const db = current().db;
    const today = todayInDistrict();
    const enterprises = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', 'in', [fixture.enterpriseA, fixture.enterpriseB])
      .orderBy('uscc')
      .execute();
    const generation = await db
      .insertInto('whitelist_generations')
      .values({
        list_code: 'ip-pledge-whitelist',
        as_of: today,
        period: null,
        trigger: 'manual',
        triggered_by: 'matrix',
        rules_digest: 'matrix',
        rules: '{}',
        model_version_id: null,
        candidates: 2,
        ungraded: 0,
        excluded_by_grade: 0,
        excluded_by_records: 0,
        listed: 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('whitelist_entries')
      .values(
        enterprises.map((row, index) => ({
          generation_id: generation.id,
          enterprise_id: row.id,
          rank: index + 1,
          grade: 'B',
          score: 75,
          evaluated_on: today,
          valid_patents: 1,
          valid_invention_patents: 1,
          is_priority: false,
        })),
      )
      .execute();
    await pushSharedList(db, {
      listCode: 'ip-pledge-whitelist',
      listLabel: '知识产权质押融资白名单',
      recipient: usernameOf('bank'),
      usccs: [fixture.enterpriseA],
      actor: 'admin',
    });
    return Number(generation.id);
  }
  /** An earlier generation than the current one (a bank may read only the current one). */
  async function pastWhitelist(): Promise<number> {
    const older = await currentWhitelistOfAB();
    await currentWhitelistOfAB();
    return older;
  }
  async function otherBankId(): Promise<number> {
    const db = current().db;
    const existing = await db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'matrix-bank-2')
      .executeTakeFirst();
    if (existing) return Number(existing.id);
    return Number(
      (
        await db
          .insertInto('users')
          .values({ username: 'matrix-bank-2', display_name: '另一家银行', role: 'bank', password_hash: 'x' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id,
    );
  }
  const loanPayload = () => ({
    uscc: fixture.enterpriseA,
    amountWan: 100,
    grantedOn: todayInDistrict(),
    termMonths: 12,
    bankReference: `矩阵-${(counter += 1)}`,
  });
  /** A loan reported by the demo bank (through the API) or by the other bank (written directly). */
  /**
   * A 融资对接 need of enterprise A or B, consented and matched to the IP-pledge product of a bank (the demo bank, or
   * the matrix's other bank): its need and match ids.
   */
  async function financingMatchOf(
    enterprise: 'a' | 'b',
    bank: 'bank' | 'other',
  ): Promise<{ need: number; match: number }> {
    const db = current().db;
    if (bank === 'other') await otherBankId();
    const row = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', enterprise === 'a' ? fixture.enterpriseA : fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    const need = await insertNeedWithMatches(
      db,
      {
        enterprise_id: Number(row.id),
        amount_wan: 100,
        term_months: 12,
        purpose: '矩阵测试',
        collaterals: ['ip'],
        has_consent: true,
        grade: 'A',
        invention_patents: 1,
        tiers: [],
        published_by: 'matrix',
      },
      [
        {
          product_code: 'bank-ip-pledge',
          bank: bank === 'bank' ? usernameOf('bank') : 'matrix-bank-2',
          is_eligible: true,
          checks: [],
        },
      ],
    );
    const match = await db
      .selectFrom('financing_matches')
      .select('id')
      .where('need_id', '=', need)
      .executeTakeFirstOrThrow();
    return { need, match: Number(match.id) };
  }
  async function loanOf(owner: 'bank' | 'other'): Promise<number> {
    if (owner === 'bank')
      return (
        await fixture.injectAs(
          'bank',
          { method: 'POST', url: '/api/loans', payload: loanPayload() },
          sessions.get('bank'),
        )
      ).json().loan.id;
    const b = await current()
      .db.selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseB)
      .executeTakeFirstOrThrow();
    const row = await current()
      .db.insertInto('loans')
      .values({
        bank_user_id: await otherBankId(),
        bank_reference: `矩阵-${(counter += 1)}`,
        enterprise_id: b.id,
        amount_wan: 50,
        granted_on: todayInDistrict(),
        term_months: 12,
        reported_by: 'matrix-bank-2',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }
  /** An applicant lookup by the demo bank (through the API) or by the other bank (written directly). */
  async function applicantLookupOf(owner: 'bank' | 'other'): Promise<number> {
    if (owner === 'bank')
      return (
        await fixture.injectAs(
          'bank',
          { method: 'POST', url: '/api/whitelist/applicant-lookups', payload: { usccs: [fixture.enterpriseA] } },
          sessions.get('bank'),
        )
      ).json().id;
    const row = await current()
      .db.insertInto('applicant_lookups')
      .values({
        bank_user_id: await otherBankId(),
        requested_by: 'matrix-bank-2',
        as_of: todayInDistrict(),
        submitted: 0,
        found: 0,
        rejected: 0,
        results: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  /**
   * A 企呼我应 case, filed through the service: of enterprise A (or B, or a visitor with a phone number),
   * routed to 区市场监管局 (an enforcement matter) or to 区税务局 (a tax policy question); answered by the credit office
   * when asked.
   */
  async function requestOf(options: {
    department: 'scjg' | 'tax';
    uscc?: string;
    phone?: string;
    attachments?: string[];
    answered?: boolean;
  }): Promise<{ id: number; trackingCode: string }> {
    const topic =
      options.department === 'tax'
        ? { category: 'policy' as const, title: `纳税咨询 ${(counter += 1)}`, body: '研发费用如何申报纳税' }
        : { category: 'enforcement' as const, title: `检查过多 ${(counter += 1)}`, body: '希望综合查一次' };
    const uscc = options.phone ? null : (options.uscc ?? fixture.enterpriseA);
    const filed = await fileRequest(
      current().db,
      {
        requestType: 'request',
        ...topic,
        uscc,
        phone: options.phone ?? null,
        attachments: options.attachments,
        actor: 'matrix',
      },
      () => loadSecretKey(fixture.dataDir, {}),
    );
    if (options.answered) {
      const admin = { name: 'admin', role: 'admin' as const, departmentCode: null, uscc: null };
      await handleRequest(current().db, { id: filed.id, action: 'accept', actor: admin });
      await handleRequest(current().db, { id: filed.id, action: 'answer', text: '已答复', actor: admin });
    }
    return filed;
  }
  /** A later case of enterprise A to link to an earlier one of the same department. */
  async function duplicateLink(department: 'scjg' | 'tax'): Promise<InjectOptions> {
    const original = await requestOf({ department });
    const repeat = await requestOf({ department });
    return {
      method: 'POST',
      url: `/api/requests/${repeat.id}/link`,
      payload: { originalId: original.id, reason: '同一事项重复提交' },
    };
  }
  /** A report with evidence on reform task 000-05 (区市场监管局 leads it). */
  async function taskEvidence(): Promise<string> {
    const payload = {
      fileName: '佐证.pdf',
      contentBase64: Buffer.from(`%PDF-1.7 evidence ${(counter += 1)}`).toString('base64'),
    };
    const sha256 = (
      await fixture.injectAs(
        'department_operator',
        { method: 'POST', url: '/api/reform-tasks/evidence', payload },
        sessions.get('department_operator'),
      )
    ).json().sha256;
    await reportTaskProgress(current().db, {
      taskCode: '000-05',
      status: 'in_progress',
      text: '矩阵测试报送',
      attachments: [sha256],
      actor: { name: 'dept', role: 'department_operator', departmentCode: 'scjg' },
    });
    return sha256;
  }

  // 模型管理, 审计 and their background jobs. A job started by one sample must end before the next one
  // starts another of its group (a second would be refused with 409) or the fixture closes.
  const jobsIdle = () => jobsOf(current()).whenIdle();
  /** A copy of model v1 under another version name in the fixture's data directory (the console's drafts). */
  function modelDraft(version: string): string {
    const dir = path.join(fixture.dataDir, 'models', 'huarong-sci-tech', version);
    if (!fs.existsSync(dir)) {
      fs.cpSync(DEFAULT_MODEL_DIR, dir, { recursive: true });
      editModelFiles(dir, { 'model.yaml': [['version: v1\n', `version: ${version}\n`]] });
    }
    return dir;
  }
  /** A simulated draft and its digest, ready to publish (the administrator's sample only: publishing retires the current version). */
  async function simulatedDraft(audience: Audience): Promise<{ version: string; digest: string }> {
    await jobsIdle();
    if (audience !== 'admin') return { version: 'v1', digest: '0'.repeat(64) };
    const version = `v1-matrix-${(counter += 1)}`;
    const report = await simulateModel(current(), modelDraft(version), { operator: 'matrix' });
    return { version, digest: report.draft.digest };
  }

  /**
   * Enterprise A made ready for a 诚信典型案例: its current grade A (an evaluation stored directly, as of
   * today, under the published model) and no case of it still published.
   */
  async function honestCaseReadyForA(): Promise<void> {
    const db = current().db;
    await ensurePublishedModel(current());
    const a = await db
      .selectFrom('enterprises')
      .select('id')
      .where('uscc', '=', fixture.enterpriseA)
      .executeTakeFirstOrThrow();
    const model = await db
      .selectFrom('model_versions')
      .select('id')
      .where('status', '=', 'published')
      .executeTakeFirstOrThrow();
    const latest = await db
      .selectFrom('evaluations')
      .select('as_of')
      .where('enterprise_id', '=', a.id)
      .orderBy('as_of', 'desc')
      .executeTakeFirst();
    await db
      .insertInto('evaluations')
      .values({
        enterprise_id: a.id,
        model_version_id: model.id,
        run_id: null,
        reason: 'evaluate',
        as_of: latest?.as_of ?? todayInDistrict(),
        score: 90,
        grade: 'A',
        vetoes: null,
        dimension_scores: Buffer.alloc(0),
        indicator_points: Buffer.alloc(0),
        fingerprint: 'matrix',
        result_hash: 0,
      })
      .execute();
    await db
      .updateTable('honest_cases')
      .set({ state: 'withdrawn', withdrawn_at: new Date(), withdrawn_by: 'matrix', withdrawal_reason: '矩阵测试' })
      .where('enterprise_id', '=', a.id)
      .where('state', '=', 'published')
      .execute();
  }

  const samples: Record<string, Sample> = {
    'GET /healthz': { request: () => ({ method: 'GET', url: '/healthz' }) },
    'POST /api/auth/login': {
      request: () => ({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'inspector', password: DEMO_PASSWORD },
      }),
    },
    'POST /api/auth/logout': { request: () => ({ method: 'POST', url: '/api/auth/logout' }), freshSession: true },
    'GET /api/auth/me': { request: () => ({ method: 'GET', url: '/api/auth/me' }) },
    'POST /api/auth/password': {
      request: () => ({
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'not-the-password', newPassword: 'Matrix-Pass-42' },
      }),
      allowedStatus: 400,
    },
    'GET /api/platform': {
      request: () => ({ method: 'GET', url: '/api/platform' }),
      checkList: (body) => assert.equal(body.isDemo, true, 'the test store holds demo accounts'),
    },
    // Unified login is not configured in this fixture: the browser steps send the browser back to the login page,
    // the consent steps answer that it is off (unified-login.routes.test.ts runs them against a real provider).
    'GET /api/auth/oidc': { request: () => ({ method: 'GET', url: '/api/auth/oidc' }) },
    'GET /api/auth/oidc/start': { request: () => ({ method: 'GET', url: '/api/auth/oidc/start' }), allowedStatus: 302 },
    'GET /api/auth/oidc/callback': {
      request: () => ({ method: 'GET', url: '/api/auth/oidc/callback?code=matrix&state=matrix' }),
      allowedStatus: 302,
    },
    'GET /api/auth/oidc/consent': {
      request: () => ({ method: 'GET', url: '/api/auth/oidc/consent' }),
      allowedStatus: 404,
    },
    'POST /api/auth/oidc/consent': {
      request: () => ({ method: 'POST', url: '/api/auth/oidc/consent', payload: { isAccepted: true } }),
      allowedStatus: 404,
    },
    'GET /api/unified-identities': { request: () => ({ method: 'GET', url: '/api/unified-identities' }) },
    'PUT /api/users/{id}/unified-identity': {
      request: async () => ({
        method: 'PUT',
        url: `/api/users/${await userId('inspector')}/unified-identity`,
        payload: { subject: 'matrix-subject' },
      }),
      allowedStatus: 409,
    },
    'POST /api/tokens': {
      request: () => ({ method: 'POST', url: '/api/tokens', payload: { name: `矩阵 ${(counter += 1)}` } }),
      checkList: (body, audience) =>
        assert.equal(
          body.owner,
          fixture.accounts.find((account) => account.role === audience)!.username,
          'a token always belongs to its creator',
        ),
    },
    'GET /api/tokens': {
      request: () => ({ method: 'GET', url: '/api/tokens' }),
      checkList: (body, audience) => {
        if (audience !== 'admin')
          assert.ok(
            body.items.length > 0 &&
              body.items.every(
                (item: { owner: string }) =>
                  item.owner === fixture.accounts.find((account) => account.role === audience)!.username,
              ),
          );
      },
    },
    'DELETE /api/tokens/{id}': {
      request: async (audience) => ({ method: 'DELETE', url: `/api/tokens/${await tokenOf(audience)}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/tokens/${await tokenOf('admin')}` }),
    },
    'GET /api/users': { request: () => ({ method: 'GET', url: '/api/users' }) },
    'POST /api/users': {
      request: () => ({
        method: 'POST',
        url: '/api/users',
        payload: {
          username: `matrix-${(counter += 1)}`,
          displayName: '矩阵测试',
          role: 'inspector',
          password: 'matrix-password-1',
        },
      }),
    },
    // 三权分立: the 系统管理员 edits names, the 安全管理员 roles (here: the role the account already has).
    'PATCH /api/users/{id}': {
      request: async (audience) => ({
        method: 'PATCH',
        url: `/api/users/${await userId('inspector')}`,
        payload: audience === 'security_admin' ? { role: 'inspector' } : { displayName: `检查人员 ${(counter += 1)}` },
      }),
    },
    'GET /api/catalog/kinds': { request: () => ({ method: 'GET', url: '/api/catalog/kinds' }) },
    'GET /api/catalog/departments': { request: () => ({ method: 'GET', url: '/api/catalog/departments' }) },
    'GET /api/catalog/tiers': { request: () => ({ method: 'GET', url: '/api/catalog/tiers' }) },
    'GET /api/catalog/industries': { request: () => ({ method: 'GET', url: '/api/catalog/industries' }) },
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
      outside: (audience) =>
        audience === 'enterprise'
          ? { method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/records` }
          : undefined,
      checkList: (body, audience) => {
        const departments = body.items.map((item: { departmentCode: string }) => item.departmentCode).sort();
        assert.deepEqual(
          departments,
          audience === 'department_operator' ? ['scjg'] : ['scjg', OTHER_DEPARTMENT].sort(),
        );
      },
    },
    'GET /api/records/{id}': {
      request: () => ({ method: 'GET', url: `/api/records/${fixture.records.aOwnDepartment}` }),
      outside: (audience) => ({
        method: 'GET',
        url: `/api/records/${audience === 'enterprise' ? fixture.records.b : fixture.records.aOtherDepartment}`,
      }),
    },
    'GET /api/enterprises/{uscc}/report': {
      // Reports need a published model; each role gets the version it may have (operators and inspectors: public).
      request: async () => {
        await ensurePublishedModel(current());
        return { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/report` };
      },
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/report` }),
    },
    'GET /verify/{number}': {
      request: async () => {
        await ensurePublishedModel(current());
        const issued = (
          await fixture.injectAs(
            'admin',
            { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/report` },
            sessions.get('admin'),
          )
        ).json();
        return { method: 'GET', url: `/verify/${issued.number}?code=${issued.verification.code}` };
      },
    },
    'POST /api/departments/{code}/records': {
      request: () => ({
        method: 'POST',
        url: '/api/departments/scjg/records',
        payload: { kind: 'administrative_penalty', records: [samplePenaltyRow(100 + (counter += 1))] },
      }),
      outside: () => ({
        method: 'POST',
        url: `/api/departments/${OTHER_DEPARTMENT}/records`,
        payload: { kind: 'administrative_penalty', records: [samplePenaltyRow(100 + (counter += 1))] },
      }),
    },
    'POST /api/v1/departments/{code}/records': {
      request: () => ({
        method: 'POST',
        url: '/api/v1/departments/scjg/records',
        payload: { rows: [pushedRow()] },
      }),
      outside: () => ({
        method: 'POST',
        url: `/api/v1/departments/${OTHER_DEPARTMENT}/records`,
        payload: { rows: [pushedRow()] },
      }),
    },
    'GET /api/v1/departments/{code}/receipts': {
      request: () => ({ method: 'GET', url: '/api/v1/departments/scjg/receipts' }),
      outside: () => ({ method: 'GET', url: `/api/v1/departments/${OTHER_DEPARTMENT}/receipts` }),
    },
    'GET /api/v1/departments/{code}/receipts/{id}': {
      request: async () => ({ method: 'GET', url: `/api/v1/departments/scjg/receipts/${await pushReceiptOf()}` }),
      outside: async () => ({
        method: 'GET',
        url: `/api/v1/departments/${OTHER_DEPARTMENT}/receipts/${await pushReceiptOf()}`,
      }),
    },
    // Workflows: the enterprise files for itself only (no USCC in the request), reviewers decide.
    'POST /api/attachments': {
      request: () => ({
        method: 'POST',
        url: '/api/attachments',
        payload: {
          fileName: '证明.pdf',
          contentBase64: Buffer.from(`%PDF-1.7 matrix ${(counter += 1)}`).toString('base64'),
        },
      }),
      checkList: (body) => assert.equal(body.mediaType, 'application/pdf'),
    },
    'POST /api/declarations': {
      request: async () => ({ method: 'POST', url: '/api/declarations', payload: await declarationPayload() }),
      checkList: (body) =>
        assert.equal(body.uscc, fixture.enterpriseA, 'a declaration is always for the account’s own enterprise'),
    },
    'GET /api/declarations': {
      request: () => ({ method: 'GET', url: '/api/declarations' }),
      checkList: (body, audience) => {
        if (audience === 'enterprise')
          assert.ok(
            body.items.length > 0 && body.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA),
          );
      },
    },
    'POST /api/declarations/{id}/decision': {
      request: async () => {
        const created = await fixture.injectAs(
          'enterprise',
          { method: 'POST', url: '/api/declarations', payload: await declarationPayload() },
          sessions.get('enterprise'),
        );
        return {
          method: 'POST',
          url: `/api/declarations/${created.json().id}/decision`,
          payload: { action: 'accept' },
        };
      },
    },
    'POST /api/repairs': {
      request: async () => {
        // One open application per record: close the previous one so the enterprise can apply again. (The other
        // department's penalty is past its publicity period, so it cannot be repaired at all.)
        await current()
          .db.updateTable('repair_applications')
          .set({ state: 'rejected' })
          .where('record_id', '=', fixture.records.aOwnDepartment)
          .where('state', 'in', ['submitted', 'accepted'])
          .execute();
        return {
          method: 'POST',
          url: '/api/repairs',
          payload: {
            recordId: fixture.records.aOwnDepartment,
            correction: '已缴清罚款',
            attachments: [await uploadProof()],
            acceptsCommitment: true,
          },
        };
      },
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA),
    },
    'GET /api/repairs': {
      request: () => ({ method: 'GET', url: '/api/repairs' }),
      checkList: (body, audience) => {
        if (audience === 'enterprise')
          assert.ok(
            body.items.length > 0 && body.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA),
          );
      },
    },
    'POST /api/repairs/{id}/decision': {
      // Rejecting closes the application, so the next sample can open a new one for the same record.
      request: async () => ({
        method: 'POST',
        url: `/api/repairs/${await openRepairId()}/decision`,
        payload: { action: 'reject', reason: '证明材料不足' },
      }),
    },
    'POST /api/objections': {
      request: async () => {
        // One open objection per record: close the previous one so the enterprise can file again.
        await current()
          .db.updateTable('objections')
          .set({ state: 'upheld' })
          .where('record_id', '=', fixture.records.aOwnDepartment)
          .execute();
        return {
          method: 'POST',
          url: '/api/objections',
          payload: { recordId: fixture.records.aOwnDepartment, reason: '处罚已被复议撤销', attachments: [] },
        };
      },
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA),
    },
    'GET /api/objections': {
      request: () => ({ method: 'GET', url: '/api/objections' }),
      checkList: (body, audience) => {
        if (audience === 'enterprise')
          assert.ok(
            body.items.length > 0 && body.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA),
          );
      },
    },
    'POST /api/objections/{id}/decision': {
      request: async () => objectionDecision(fixture.records.aOwnDepartment),
      outside: async () => objectionDecision(fixture.records.aOtherDepartment),
    },
    'GET /api/inbox': {
      request: () => ({ method: 'GET', url: '/api/inbox' }),
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA),
    },
    'POST /api/inbox/{id}/read': {
      request: async () => ({ method: 'POST', url: `/api/inbox/${await latestMessageOf(fixture.enterpriseA)}/read` }),
      outside: async () => ({ method: 'POST', url: `/api/inbox/${await latestMessageOf(fixture.enterpriseB)}/read` }),
    },
    // Always the calling account's own channels: there is no way to name another account.
    'GET /api/notification-channels': {
      request: () => ({ method: 'GET', url: '/api/notification-channels' }),
      checkList: (body, audience) => assert.equal(body.username, usernameOf(audience as Role)),
    },
    'PUT /api/notification-channels': {
      request: () => ({
        method: 'PUT',
        url: '/api/notification-channels',
        payload: { isSmsEnabled: false, isEmailEnabled: false },
      }),
      checkList: (body, audience) => assert.equal(body.username, usernameOf(audience as Role)),
    },
    'GET /api/notification-deliveries': {
      request: () => ({ method: 'GET', url: '/api/notification-deliveries' }),
    },
    'POST /api/inbox/read-all': {
      request: () => ({ method: 'POST', url: '/api/inbox/read-all' }),
      checkList: (body) =>
        assert.equal(typeof body.updated, 'number', 'only the account’s own enterprise’s messages are marked'),
    },
    // The enterprise portal: always the account's own enterprise.
    'GET /api/enterprise-portal/overview': {
      request: () => ({ method: 'GET', url: '/api/enterprise-portal/overview' }),
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA),
    },
    'GET /api/enterprise-portal/records': {
      request: () => ({ method: 'GET', url: '/api/enterprise-portal/records' }),
      checkList: (body) => {
        assert.equal(body.uscc, fixture.enterpriseA);
        assert.ok(
          !body.items.some((item: { id: number }) => item.id === fixture.records.b),
          'never another enterprise’s record',
        );
      },
    },
    'GET /api/enterprise-portal/declarable-kinds': {
      request: () => ({ method: 'GET', url: '/api/enterprise-portal/declarable-kinds' }),
      checkList: (body) => assert.equal(body.items[0].code, 'honor'),
    },
    'GET /api/staff-messages': {
      request: async () => {
        await sendMatrixMessages('matrix', true);
        return { method: 'GET', url: '/api/staff-messages' };
      },
      checkList: (body, audience) => {
        const recipients = new Set(
          body.items.map(
            (item: { role: string; departmentCode: string | null }) => `${item.role}:${item.departmentCode ?? ''}`,
          ),
        );
        const expected = {
          admin: ['reviewer:', 'department_operator:scjg', `department_operator:${OTHER_DEPARTMENT}`],
          reviewer: ['reviewer:'],
          department_operator: ['department_operator:scjg'],
        }[audience as string]!;
        if (audience === 'admin')
          for (const recipient of expected)
            assert.ok(recipients.has(recipient), `an administrator oversees ${recipient}`);
        else
          assert.deepEqual(
            [...recipients].sort(),
            [...expected].sort(),
            'each role reads only the messages addressed to it',
          );
      },
    },
    // Commitments: the enterprise signs; the department it was made to, or a reviewer, checks it.
    'GET /api/commitment-list': { request: () => ({ method: 'GET', url: '/api/commitment-list' }) },
    'POST /api/commitments': {
      request: () => ({
        method: 'POST',
        url: '/api/commitments',
        payload: { commitmentType: '主动公示型', departmentCode: 'scjg' },
      }),
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA),
    },
    'GET /api/commitments': {
      request: async () => {
        await signedCommitmentId('scjg');
        await signedCommitmentId(OTHER_DEPARTMENT);
        return { method: 'GET', url: '/api/commitments' };
      },
      checkList: (body, audience) => {
        if (audience === 'enterprise')
          assert.ok(
            body.items.length > 0 && body.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA),
          );
        if (audience === 'department_operator')
          assert.ok(
            body.items.length > 0 &&
              body.items.every(
                (item: { details: { department_code: string } }) => item.details.department_code === 'scjg',
              ),
          );
      },
    },
    'POST /api/commitments/{id}/check': {
      request: async () => ({
        method: 'POST',
        url: `/api/commitments/${await signedCommitmentId('scjg')}/check`,
        payload: { action: 'keep', evidence: '随机抽查未发现违反承诺' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/commitments/${await signedCommitmentId(OTHER_DEPARTMENT)}/check`,
        payload: { action: 'keep', evidence: '随机抽查未发现违反承诺' },
      }),
    },
    'GET /api/commitment-items/{code}/eligibility': {
      request: () => ({
        method: 'GET',
        url: `/api/commitment-items/scjg-address-change/eligibility?uscc=${fixture.enterpriseA}`,
      }),
      outside: () => ({
        method: 'GET',
        url: `/api/commitment-items/tax-invoice-quota/eligibility?uscc=${fixture.enterpriseA}`,
      }),
    },
    // 信用修复提示函 ("两书同达"): issued with the fixture's penalties.
    'GET /api/repair-notices': {
      request: () => ({ method: 'GET', url: '/api/repair-notices' }),
      checkList: (body) =>
        assert.ok(
          body.uscc === fixture.enterpriseA &&
            body.items.length > 0 &&
            body.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA),
        ),
    },
    'GET /api/repair-notices/{id}/pdf': {
      request: async () => ({
        method: 'GET',
        url: `/api/repair-notices/${await noticeOf(fixture.records.aOwnDepartment)}/pdf`,
      }),
      outside: async () => ({ method: 'GET', url: `/api/repair-notices/${await noticeOf(fixture.records.b)}/pdf` }),
    },
    'GET /api/attachments/{sha256}': {
      // A proof enterprise A filed with a declaration: its own, and one a reviewer decides on.
      request: async () => {
        const payload = await declarationPayload();
        await fixture.injectAs(
          'enterprise',
          { method: 'POST', url: '/api/declarations', payload },
          sessions.get('enterprise'),
        );
        return { method: 'GET', url: `/api/attachments/${payload.attachments[0]}` };
      },
      outside: async () => ({ method: 'GET', url: `/api/attachments/${await foreignAttachment()}` }),
      outsideStatus: 404,
    },
    // Sharing: banks and associations see enterprise A (on a list pushed to them), never B.
    'GET /api/enterprises/{uscc}/grade': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/grade` }),
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/grade` }),
    },
    'GET /api/enterprises/{uscc}/evaluation': {
      request: async () => {
        await ensurePublishedModel(current());
        return { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/evaluation` };
      },
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/evaluation` }),
    },
    'GET /api/feed': {
      request: () => ({ method: 'GET', url: '/api/feed?limit=1000' }),
      checkList: (body, audience) => {
        if (audience === 'bank' || audience === 'association')
          assert.ok(
            body.events.length > 0 &&
              body.events.every((event: { uscc: string }) => event.uscc === fixture.enterpriseA),
            'only shared enterprises',
          );
        else
          assert.ok(
            body.events.some((event: { uscc: string }) => event.uscc === fixture.enterpriseB),
            'officials see every enterprise',
          );
      },
    },
    'GET /api/shared-enterprises': {
      request: () => ({ method: 'GET', url: '/api/shared-enterprises?limit=200' }),
      checkList: (body) =>
        assert.deepEqual(
          body.items.map((item: { uscc: string; lists: string[] }) => [item.uscc, item.lists]),
          [[fixture.enterpriseA, ['矩阵测试名单']]],
          'only the enterprise on the list pushed to the account, with the list named',
        ),
    },
    'POST /api/subscriptions': {
      request: () => ({
        method: 'POST',
        url: '/api/subscriptions',
        payload: { name: `矩阵订阅 ${(counter += 1)}`, eventTypes: ['negative_record'], delivery: 'pull' },
      }),
      checkList: (body, audience) =>
        assert.equal(body.owner, usernameOf(audience as Role), 'a subscription always belongs to its creator'),
    },
    'GET /api/subscriptions': {
      request: () => ({ method: 'GET', url: '/api/subscriptions' }),
      checkList: (body, audience) => {
        if (audience !== 'admin')
          assert.ok(
            body.items.length > 0 &&
              body.items.every((item: { owner: string }) => item.owner === usernameOf(audience as Role)),
          );
      },
    },
    'DELETE /api/subscriptions/{id}': {
      request: async (audience) => ({ method: 'DELETE', url: `/api/subscriptions/${await subscriptionOf(audience)}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/subscriptions/${await subscriptionOf('admin')}` }),
    },
    'GET /api/upward/summary': { request: () => ({ method: 'GET', url: '/api/upward/summary' }) },
    'GET /api/upward/batches': { request: () => ({ method: 'GET', url: '/api/upward/batches' }) },
    'GET /api/upward/items': { request: () => ({ method: 'GET', url: '/api/upward/items?status=pending' }) },
    'POST /api/upward/run': { request: () => ({ method: 'POST', url: '/api/upward/run' }) },
    'POST /api/authorizations': {
      request: () => ({
        method: 'POST',
        url: '/api/authorizations',
        payload: { grantee: usernameOf('bank'), validUntil: '2099-12-31', purpose: `贷款审批 ${(counter += 1)}` },
      }),
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA, 'an enterprise authorises for itself only'),
    },
    'GET /api/authorizations': {
      request: () => ({ method: 'GET', url: '/api/authorizations' }),
      checkList: (body, audience) => {
        if (audience === 'enterprise')
          assert.ok(
            body.items.length > 0 && body.items.every((item: { uscc: string }) => item.uscc === fixture.enterpriseA),
          );
        // A bank or association sees no other grantee's authorisation (the association has none of its own).
        if (audience === 'bank' || audience === 'association')
          assert.deepEqual(
            body.items.filter((item: { grantee: string }) => item.grantee !== usernameOf(audience)),
            [],
          );
      },
    },
    'DELETE /api/authorizations/{id}': {
      request: async () => ({ method: 'DELETE', url: `/api/authorizations/${await authorizationOfA()}` }),
      outside: async () => ({ method: 'DELETE', url: `/api/authorizations/${await authorizationOfB()}` }),
    },
    'POST /api/shared-lists/{code}': {
      request: () => ({
        method: 'POST',
        url: '/api/shared-lists/matrix-list',
        payload: { label: '矩阵测试名单', recipient: usernameOf('bank'), usccs: [fixture.enterpriseA] },
      }),
    },
    // Grade use: measures, graded supervision, 双随机 plans of the operator's department (scjg) and another's.
    'GET /api/measures': { request: () => ({ method: 'GET', url: '/api/measures' }) },
    'GET /api/enterprises/{uscc}/measures': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/measures?scene=financing` }),
      outside: async () => {
        // Earlier samples leave an authorisation by B to the bank; withdraw it so B is outside the bank's scope again.
        const b = await current()
          .db.selectFrom('enterprises')
          .select('id')
          .where('uscc', '=', fixture.enterpriseB)
          .executeTakeFirstOrThrow();
        await current()
          .db.updateTable('enterprise_authorizations')
          .set({ revoked_at: new Date(), revoked_by: 'matrix' })
          .where('enterprise_id', '=', b.id)
          .where('revoked_at', 'is', null)
          .execute();
        return { method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/measures?scene=financing` };
      },
    },
    'GET /api/supervision/classes': { request: () => ({ method: 'GET', url: '/api/supervision/classes' }) },
    // 措施实施反馈: a department reports for itself; lists and counts of the operator's department (scjg) and another's.
    'POST /api/measures/feedback': {
      request: () => ({ method: 'POST', url: '/api/measures/feedback', payload: measureFeedbackOf('scjg') }),
      outside: () => ({ method: 'POST', url: '/api/measures/feedback', payload: measureFeedbackOf(OTHER_DEPARTMENT) }),
    },
    'GET /api/measures/feedback': {
      request: async () => {
        await storeMeasureFeedbackOfBoth();
        return { method: 'GET', url: '/api/measures/feedback' };
      },
      outside: () => ({ method: 'GET', url: `/api/measures/feedback?department=${OTHER_DEPARTMENT}` }),
      checkList: (body, audience) => {
        const departments = new Set(body.items.map((item: { departmentCode: string }) => item.departmentCode));
        assert.deepEqual(
          [...departments].sort(),
          audience === 'department_operator' ? ['scjg'] : ['scjg', OTHER_DEPARTMENT].sort(),
        );
      },
    },
    'GET /api/measures/feedback.xlsx': {
      request: () => ({ method: 'GET', url: '/api/measures/feedback.xlsx' }),
      outside: () => ({ method: 'GET', url: `/api/measures/feedback.xlsx?department=${OTHER_DEPARTMENT}` }),
    },
    'GET /api/measures/usage': {
      request: () => ({ method: 'GET', url: '/api/measures/usage' }),
      outside: () => ({ method: 'GET', url: `/api/measures/usage?department=${OTHER_DEPARTMENT}` }),
    },
    // The officials' dashboard.
    'GET /api/grades/distribution': { request: () => ({ method: 'GET', url: '/api/grades/distribution' }) },
    // 数据归集 over HTTP: uploads, jobs and batches of the operator's department (scjg) and another's.
    'POST /api/imports/uploads': {
      request: () => ({ method: 'POST', url: '/api/imports/uploads', payload: importUploadPayload('scjg') }),
      outside: () => ({ method: 'POST', url: '/api/imports/uploads', payload: importUploadPayload(OTHER_DEPARTMENT) }),
    },
    'GET /api/imports/uploads/{id}': {
      request: async () => ({ method: 'GET', url: `/api/imports/uploads/${await importUploadOf('scjg')}` }),
      outside: async () => ({ method: 'GET', url: `/api/imports/uploads/${await importUploadOf(OTHER_DEPARTMENT)}` }),
    },
    'POST /api/imports/uploads/{id}/commit': {
      request: async () => ({
        method: 'POST',
        url: `/api/imports/uploads/${await importUploadOf('scjg')}/commit`,
        payload: { mode: 'accept-valid' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/imports/uploads/${await importUploadOf(OTHER_DEPARTMENT)}/commit`,
        payload: { mode: 'accept-valid' },
      }),
    },
    'GET /api/imports/jobs/{id}': {
      request: async () => ({ method: 'GET', url: `/api/imports/jobs/${await importJobOf('scjg')}` }),
      outside: async () => ({ method: 'GET', url: `/api/imports/jobs/${await importJobOf(OTHER_DEPARTMENT)}` }),
    },
    'GET /api/imports/templates/{kind}': {
      request: () => ({ method: 'GET', url: '/api/imports/templates/administrative_penalty' }),
    },
    'GET /api/imports/batches': {
      request: () => ({ method: 'GET', url: '/api/imports/batches?limit=200' }),
      checkList: (body, audience) => {
        if (audience === 'department_operator')
          assert.ok(
            body.items.length > 0 &&
              body.items.every((item: { departmentCode: string }) => item.departmentCode === 'scjg'),
          );
      },
    },
    'GET /api/imports/batches/{id}/rejections': {
      request: async () => ({
        method: 'GET',
        url: `/api/imports/batches/${await rejectionBatchOf('scjg')}/rejections`,
      }),
      outside: async () => ({
        method: 'GET',
        url: `/api/imports/batches/${await rejectionBatchOf(OTHER_DEPARTMENT)}/rejections`,
      }),
    },
    'GET /api/supervision/no-disturb': { request: () => ({ method: 'GET', url: '/api/supervision/no-disturb' }) },
    'GET /api/supervision/no-disturb.xlsx': {
      request: () => ({ method: 'GET', url: '/api/supervision/no-disturb.xlsx' }),
    },
    'GET /api/supervision/class-disagreements': {
      request: () => ({ method: 'GET', url: '/api/supervision/class-disagreements' }),
    },
    'GET /api/supervision/class-disagreements.xlsx': {
      request: () => ({ method: 'GET', url: '/api/supervision/class-disagreements.xlsx' }),
    },
    'POST /api/inspection-plans': {
      request: () => ({
        method: 'POST',
        url: '/api/inspection-plans',
        payload: {
          departmentCode: 'scjg',
          title: `矩阵计划 ${(counter += 1)}`,
          inspectors: [usernameOf('inspector')],
          inspectorsPerVisit: 1,
        },
      }),
      outside: () => ({
        method: 'POST',
        url: '/api/inspection-plans',
        payload: {
          departmentCode: OTHER_DEPARTMENT,
          title: `矩阵计划 ${(counter += 1)}`,
          inspectors: [usernameOf('inspector')],
          inspectorsPerVisit: 1,
        },
      }),
    },
    'GET /api/inspection-plans': {
      request: async () => {
        await inspectionPlanOf('scjg');
        await inspectionPlanOf(OTHER_DEPARTMENT);
        return { method: 'GET', url: '/api/inspection-plans' };
      },
      checkList: (body, audience) => {
        const departments = new Set(body.items.map((item: { departmentCode: string }) => item.departmentCode));
        assert.deepEqual(
          [...departments].sort(),
          audience === 'department_operator' ? ['scjg'] : ['scjg', OTHER_DEPARTMENT].sort(),
        );
      },
    },
    'GET /api/inspection-plans/{id}': {
      request: async () => ({ method: 'GET', url: `/api/inspection-plans/${await inspectionPlanOf('scjg')}` }),
      outside: async () => ({
        method: 'GET',
        url: `/api/inspection-plans/${await inspectionPlanOf(OTHER_DEPARTMENT)}`,
      }),
    },
    'GET /api/inspection-plans/{id}/visits.xlsx': {
      request: async () => ({
        method: 'GET',
        url: `/api/inspection-plans/${await inspectionPlanOf('scjg', true)}/visits.xlsx`,
      }),
      outside: async () => ({
        method: 'GET',
        url: `/api/inspection-plans/${await inspectionPlanOf(OTHER_DEPARTMENT, true)}/visits.xlsx`,
      }),
    },
    'POST /api/inspection-plans/{id}/draw': {
      request: async () => ({ method: 'POST', url: `/api/inspection-plans/${await inspectionPlanOf('scjg')}/draw` }),
      outside: async () => ({
        method: 'POST',
        url: `/api/inspection-plans/${await inspectionPlanOf(OTHER_DEPARTMENT)}/draw`,
      }),
    },
    'POST /api/inspection-plans/{id}/publish': {
      request: async () => ({
        method: 'POST',
        url: `/api/inspection-plans/${await inspectionPlanOf('scjg', true)}/publish`,
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/inspection-plans/${await inspectionPlanOf(OTHER_DEPARTMENT, true)}/publish`,
      }),
    },
    'POST /api/targeted-inspections': {
      request: () => ({
        method: 'POST',
        url: '/api/targeted-inspections',
        payload: {
          departmentCode: 'scjg',
          inspectionType: '风险预警',
          uscc: fixture.enterpriseA,
          basis: `矩阵预警 ${(counter += 1)}`,
          inspectors: [usernameOf('inspector')],
          inspectorsPerVisit: 1,
        },
      }),
      outside: () => ({
        method: 'POST',
        url: '/api/targeted-inspections',
        payload: {
          departmentCode: OTHER_DEPARTMENT,
          inspectionType: '风险预警',
          uscc: fixture.enterpriseA,
          basis: `矩阵预警 ${(counter += 1)}`,
          inspectors: [usernameOf('inspector')],
          inspectorsPerVisit: 1,
        },
      }),
    },
    'GET /api/inspection-follow-ups': {
      request: async () => {
        await inspectionFollowUpOf('scjg');
        await inspectionFollowUpOf(OTHER_DEPARTMENT);
        return { method: 'GET', url: '/api/inspection-follow-ups' };
      },
      checkList: (body, audience) => {
        const departments = new Set(body.items.map((item: { departmentCode: string }) => item.departmentCode));
        assert.deepEqual(
          [...departments].sort(),
          audience === 'department_operator' ? ['scjg'] : ['scjg', OTHER_DEPARTMENT].sort(),
        );
      },
    },
    'POST /api/inspection-follow-ups/{id}/decision': {
      request: async () => ({
        method: 'POST',
        url: `/api/inspection-follow-ups/${await inspectionFollowUpOf('scjg')}/decision`,
        payload: { action: 'reject', reason: '经核实企业仍在登记住所经营' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/inspection-follow-ups/${await inspectionFollowUpOf(OTHER_DEPARTMENT)}/decision`,
        payload: { action: 'reject', reason: '经核实企业仍在登记住所经营' },
      }),
    },
    'POST /api/joint-visits': {
      request: async () => ({
        method: 'POST',
        url: '/api/joint-visits',
        payload: { planIds: [await inspectionPlanOf('scjg', true), await inspectionPlanOf(OTHER_DEPARTMENT, true)] },
      }),
    },
    'GET /api/joint-visits': {
      request: async () => ({
        method: 'GET',
        url: `/api/joint-visits?planIds=${await inspectionPlanOf('scjg', true)},${await inspectionPlanOf(OTHER_DEPARTMENT, true)}`,
      }),
    },
    'GET /api/joint-visits.xlsx': {
      request: async () => ({
        method: 'GET',
        url: `/api/joint-visits.xlsx?planIds=${await inspectionPlanOf('scjg', true)},${await inspectionPlanOf(OTHER_DEPARTMENT, true)}`,
      }),
    },
    'GET /api/inspection-visits': {
      request: async () => {
        await inspectionVisitOf(usernameOf('inspector'));
        await inspectionVisitOf('another-inspector');
        return { method: 'GET', url: '/api/inspection-visits' };
      },
      checkList: (body, audience) => {
        if (audience === 'inspector')
          assert.ok(
            body.items.length > 0 &&
              body.items.every((item: { inspectors: string[] }) => item.inspectors.includes(usernameOf('inspector'))),
          );
      },
    },
    'POST /api/inspection-visits/{id}/result': {
      request: async () => ({
        method: 'POST',
        url: `/api/inspection-visits/${await inspectionVisitOf(usernameOf('inspector'))}/result`,
        payload: { outcome: '未发现问题', inspectedOn: '2026-11-10' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/inspection-visits/${await inspectionVisitOf('another-inspector')}/result`,
        payload: { outcome: '未发现问题', inspectedOn: '2026-11-10' },
      }),
    },
    'GET /api/public/inspection-results': { request: () => ({ method: 'GET', url: '/api/public/inspection-results' }) },
    'GET /api/public/inspection-results.xlsx': {
      request: () => ({ method: 'GET', url: '/api/public/inspection-results.xlsx' }),
    },
    // 回避: an inspector declares and lists only their own conflicts; officials name the inspector.
    'POST /api/inspector-conflicts': {
      request: async (audience) => {
        // A conflict is declared once: clear the previous audience's so each call declares afresh.
        await current().db.deleteFrom('inspector_conflicts').where('inspector', '=', usernameOf('inspector')).execute();
        const inspector = audience === 'inspector' ? {} : { inspector: usernameOf('inspector') };
        return {
          method: 'POST',
          url: '/api/inspector-conflicts',
          payload: { ...inspector, uscc: fixture.enterpriseA, reason: '近亲属在该企业任职' },
        };
      },
      checkList: (body) =>
        assert.equal(body.inspector, usernameOf('inspector'), 'an inspector declares for themself only'),
    },
    'GET /api/inspector-conflicts': {
      request: async () => {
        const b = await current()
          .db.selectFrom('enterprises')
          .select('id')
          .where('uscc', '=', fixture.enterpriseB)
          .executeTakeFirstOrThrow();
        await current()
          .db.insertInto('inspector_conflicts')
          .values({
            inspector: 'another-inspector',
            enterprise_id: b.id,
            reason: '曾在该企业任职',
            created_by: 'admin',
          })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
        return { method: 'GET', url: '/api/inspector-conflicts' };
      },
      checkList: (body, audience) => {
        if (audience === 'inspector')
          assert.deepEqual(
            body.items.filter((item: { inspector: string }) => item.inspector !== usernameOf('inspector')),
            [],
            'another inspector’s conflict exists and is not listed',
          );
        else
          assert.ok(
            body.items.some((item: { inspector: string }) => item.inspector === 'another-inspector'),
            'officials see every inspector’s conflicts',
          );
      },
    },
    'DELETE /api/inspector-conflicts': {
      request: async () => {
        const b = await current()
          .db.selectFrom('enterprises')
          .select('id')
          .where('uscc', '=', fixture.enterpriseB)
          .executeTakeFirstOrThrow();
        await current()
          .db.insertInto('inspector_conflicts')
          .values({
            inspector: 'another-inspector',
            enterprise_id: b.id,
            reason: '曾在该企业任职',
            created_by: 'admin',
          })
          .onConflict((conflict) => conflict.doNothing())
          .execute();
        return {
          method: 'DELETE',
          url: `/api/inspector-conflicts?inspector=another-inspector&uscc=${fixture.enterpriseB}&reason=${encodeURIComponent('登记有误')}`,
        };
      },
    },
    // 惠企政策: the catalog is public; eligible lists are for officials; an enterprise sees its own.
    'GET /api/policies': { request: () => ({ method: 'GET', url: '/api/policies' }) },
    'GET /api/policies/{code}/eligible': {
      request: () => ({ method: 'GET', url: '/api/policies/stable_employment_refund/eligible?asOf=2026-11-01' }),
    },
    'GET /api/policies/{code}/eligible.xlsx': {
      request: () => ({ method: 'GET', url: '/api/policies/stable_employment_refund/eligible.xlsx?asOf=2026-11-01' }),
    },
    'GET /api/enterprises/{uscc}/policies': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/policies?asOf=2026-11-01` }),
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/policies?asOf=2026-11-01` }),
    },
    // 信用画像: officials see the tags and any enterprise's profile, the enterprise its own.
    'GET /api/profile-tags': { request: () => ({ method: 'GET', url: '/api/profile-tags' }) },
    'GET /api/enterprises/{uscc}/profile': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/profile?asOf=2026-11-01` }),
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/profile?asOf=2026-11-01` }),
    },
    // 信用体检: the enterprise for itself, officials for any; simulations store nothing.
    'GET /api/enterprises/{uscc}/checkup': {
      request: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/checkup` }),
      outside: () => ({ method: 'GET', url: `/api/enterprises/${fixture.enterpriseB}/checkup` }),
    },
    'POST /api/enterprises/{uscc}/checkup/simulate': {
      request: () => ({
        method: 'POST',
        url: `/api/enterprises/${fixture.enterpriseA}/checkup/simulate`,
        payload: { changes: [{ type: 'fact', fact: 'high_tech_certification' }] },
      }),
      outside: () => ({
        method: 'POST',
        url: `/api/enterprises/${fixture.enterpriseB}/checkup/simulate`,
        payload: { changes: [{ type: 'fact', fact: 'high_tech_certification' }] },
      }),
    },
    // 免申即享 兑现: the paying department its policies' cases (the fixture's department pays none), the enterprise its own.
    'GET /api/policy-payouts': {
      request: async () => {
        await payoutCasesOfAB();
        return { method: 'GET', url: '/api/policy-payouts?limit=200' };
      },
      checkList: (body, audience) => {
        const usccs = body.items.map((item: { uscc: string }) => item.uscc).sort();
        if (audience === 'enterprise') assert.deepEqual(usccs, [fixture.enterpriseA]);
        else if (audience === 'department_operator') assert.deepEqual(usccs, []);
        else assert.deepEqual(usccs, [fixture.enterpriseA, fixture.enterpriseB].sort());
      },
    },
    'POST /api/policy-payouts/{id}/decision': {
      // An unknown case: every allowed audience passes the access check and is told it does not exist.
      request: () => ({ method: 'POST', url: '/api/policy-payouts/999999/decision', payload: { action: 'confirm' } }),
      allowedStatus: 404,
      outside: async (audience) => {
        const cases = await payoutCasesOfAB();
        // The enterprise: B's case; the department: a case of a policy another department pays.
        const id = audience === 'enterprise' ? cases.b : cases.a;
        return { method: 'POST', url: `/api/policy-payouts/${id}/decision`, payload: { action: 'approve' } };
      },
    },
    'GET /api/policy-payouts/stats': {
      request: () => ({ method: 'GET', url: '/api/policy-payouts/stats' }),
      checkList: (body, audience) =>
        assert.equal(
          body.items.length,
          audience === 'department_operator' ? 0 : loadPolicyCatalog().policies.length,
          'a department sees the policies it pays',
        ),
    },
    // 孵化载体: officials and departments read the registry and rankings; administrators keep entries and evaluate.
    'GET /api/incubators': { request: () => ({ method: 'GET', url: '/api/incubators' }) },
    'GET /api/incubators/{code}': { request: () => ({ method: 'GET', url: '/api/incubators/INC01' }) },
    'POST /api/incubators/{code}/tenancies': {
      request: () => {
        // A fresh, non-overlapping fortnight of 2000 or later for each call.
        const enteredOn = addDays('2000-01-01', (counter += 1) * 14);
        return {
          method: 'POST',
          url: '/api/incubators/INC02/tenancies',
          payload: {
            uscc: fixture.enterpriseB,
            enteredOn,
            exitedOn: addDays(enteredOn, 10),
            exitReason: 'graduated',
          },
        };
      },
    },
    'POST /api/incubator-tenancies/{id}/exit': {
      // An unknown spell: the administrator passes the access check and is told it does not exist.
      request: () => ({
        method: 'POST',
        url: '/api/incubator-tenancies/999999/exit',
        payload: { exitedOn: '2026-01-01', exitReason: 'moved_out' },
      }),
      allowedStatus: 404,
    },
    'GET /api/incubator-evaluations': { request: () => ({ method: 'GET', url: '/api/incubator-evaluations' }) },
    'POST /api/incubator-evaluations': {
      request: () => ({
        method: 'POST',
        url: '/api/incubator-evaluations',
        payload: { year: Number(todayInDistrict().slice(0, 4)) },
      }),
    },
    'GET /api/incubator-evaluations/{year}': {
      request: async () => ({ method: 'GET', url: `/api/incubator-evaluations/${await incubatorYear()}` }),
    },
    'GET /api/incubator-evaluations/{year}/ranking.xlsx': {
      request: async () => ({ method: 'GET', url: `/api/incubator-evaluations/${await incubatorYear()}/ranking.xlsx` }),
    },
    // 融资对接: an enterprise its own needs, a bank the matches of its own products, officials the funnel and events.
    'GET /api/financing/products': { request: () => ({ method: 'GET', url: '/api/financing/products' }) },
    'GET /api/financing/needs': {
      request: async () => {
        await financingMatchOf('a', 'bank');
        await financingMatchOf('b', 'other');
        return { method: 'GET', url: '/api/financing/needs?limit=200' };
      },
      checkList: (body, audience) => {
        const usccs = [...new Set(body.items.map((item: { uscc: string }) => item.uscc))].sort();
        assert.deepEqual(
          usccs,
          audience === 'enterprise' ? [fixture.enterpriseA] : [fixture.enterpriseA, fixture.enterpriseB].sort(),
        );
      },
    },
    'POST /api/financing/needs': {
      request: () => ({
        method: 'POST',
        url: '/api/financing/needs',
        payload: { amountWan: 100, termMonths: 12, purpose: '矩阵测试', collaterals: ['ip'], hasConsent: false },
      }),
      checkList: (body) => assert.equal(body.uscc, fixture.enterpriseA),
    },
    'GET /api/financing/needs/{id}': {
      request: async () => ({
        method: 'GET',
        url: `/api/financing/needs/${(await financingMatchOf('a', 'bank')).need}`,
      }),
      outside: async () => ({
        method: 'GET',
        url: `/api/financing/needs/${(await financingMatchOf('b', 'bank')).need}`,
      }),
    },
    'POST /api/financing/needs/{id}/change': {
      request: async () => ({
        method: 'POST',
        url: `/api/financing/needs/${(await financingMatchOf('a', 'bank')).need}/change`,
        payload: { hasConsent: false },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/financing/needs/${(await financingMatchOf('b', 'bank')).need}/change`,
        payload: { hasConsent: false },
      }),
    },
    'GET /api/financing/matches': {
      request: async () => {
        await financingMatchOf('a', 'bank');
        await financingMatchOf('b', 'other');
        return { method: 'GET', url: '/api/financing/matches?limit=200' };
      },
      checkList: (body, audience) => {
        const banks = [...new Set(body.items.map((item: { bank: string }) => item.bank))].sort();
        assert.deepEqual(
          banks,
          audience === 'bank' ? [usernameOf('bank')] : [usernameOf('bank'), 'matrix-bank-2'].sort(),
        );
      },
    },
    'POST /api/financing/matches/{id}/answer': {
      request: async () => ({
        method: 'POST',
        url: `/api/financing/matches/${(await financingMatchOf('a', 'bank')).match}/answer`,
        payload: { answer: 'interested' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/financing/matches/${(await financingMatchOf('a', 'other')).match}/answer`,
        payload: { answer: 'interested' },
      }),
    },
    'POST /api/financing/matches/{id}/outcome': {
      // A match not answered yet: the bank passes the access check and is told to answer first.
      request: async () => ({
        method: 'POST',
        url: `/api/financing/matches/${(await financingMatchOf('a', 'bank')).match}/outcome`,
        payload: { outcome: 'refused', reason: '矩阵测试' },
      }),
      allowedStatus: 409,
      outside: async () => ({
        method: 'POST',
        url: `/api/financing/matches/${(await financingMatchOf('a', 'other')).match}/outcome`,
        payload: { outcome: 'refused', reason: '矩阵测试' },
      }),
    },
    'GET /api/financing/funnel': { request: () => ({ method: 'GET', url: '/api/financing/funnel' }) },
    'GET /api/financing/funnel.xlsx': { request: () => ({ method: 'GET', url: '/api/financing/funnel.xlsx' }) },
    'GET /api/financing/events': { request: () => ({ method: 'GET', url: '/api/financing/events' }) },
    'GET /api/financing/events/{id}': {
      request: async () => {
        const created = await fixture.injectAs(
          'admin',
          { method: 'POST', url: '/api/financing/events', payload: { title: '矩阵专场', heldOn: '2026-12-01' } },
          sessions.get('admin'),
        );
        return { method: 'GET', url: `/api/financing/events/${created.json().id}` };
      },
    },
    'POST /api/financing/events': {
      request: () => ({
        method: 'POST',
        url: '/api/financing/events',
        payload: { title: '矩阵专场', heldOn: '2026-12-01', enterprises: [fixture.enterpriseA], banks: ['bank'] },
      }),
    },
    // The credit index: published on the portal.
    'GET /api/credit-index': { request: () => ({ method: 'GET', url: '/api/credit-index?dimension=tier' }) },
    'GET /api/credit-index/method': { request: () => ({ method: 'GET', url: '/api/credit-index/method' }) },
    'GET /api/credit-index.xlsx': { request: () => ({ method: 'GET', url: '/api/credit-index.xlsx' }) },
    // IP-pledge whitelist: officials read every generation; a bank only the current one, limited to what
    // was pushed to it, and only its own lookups, loans and statistics.
    'GET /api/whitelist': {
      request: async () => {
        await currentWhitelistOfAB();
        return { method: 'GET', url: '/api/whitelist' };
      },
      outside: async () => ({ method: 'GET', url: `/api/whitelist?generationId=${await pastWhitelist()}` }),
      checkList: (body, audience) =>
        assert.deepEqual(
          body.items.map((item: { uscc: string }) => item.uscc).sort(),
          audience === 'bank' ? [fixture.enterpriseA] : [fixture.enterpriseA, fixture.enterpriseB].sort(),
        ),
    },
    'GET /api/whitelist.xlsx': {
      request: async () => {
        await currentWhitelistOfAB();
        return { method: 'GET', url: '/api/whitelist.xlsx' };
      },
      outside: async () => ({ method: 'GET', url: `/api/whitelist.xlsx?generationId=${await pastWhitelist()}` }),
    },
    'GET /api/whitelist/generations': { request: () => ({ method: 'GET', url: '/api/whitelist/generations' }) },
    'POST /api/whitelist/generations': {
      request: async () => {
        await ensurePublishedModel(current());
        return { method: 'POST', url: '/api/whitelist/generations', payload: {} };
      },
    },
    'POST /api/whitelist/applicant-lookups': {
      request: async () => {
        // B must be shared with the bank neither by a list nor by an authorisation (earlier samples may leave one).
        const b = await current()
          .db.selectFrom('enterprises')
          .select('id')
          .where('uscc', '=', fixture.enterpriseB)
          .executeTakeFirstOrThrow();
        await current()
          .db.updateTable('enterprise_authorizations')
          .set({ revoked_at: new Date(), revoked_by: 'matrix' })
          .where('enterprise_id', '=', b.id)
          .where('revoked_at', 'is', null)
          .execute();
        return {
          method: 'POST',
          url: '/api/whitelist/applicant-lookups',
          payload: { usccs: [fixture.enterpriseA, fixture.enterpriseB] },
        };
      },
      checkList: (body) =>
        assert.deepEqual(
          body.rows.map((row: { uscc: string; isGradeWithheld: boolean }) => [row.uscc, row.isGradeWithheld]),
          [
            [fixture.enterpriseA, false],
            [fixture.enterpriseB, true],
          ],
          'the grade only of an enterprise shared with the bank',
        ),
    },
    'GET /api/whitelist/applicant-lookups/{id}.xlsx': {
      request: async () => ({
        method: 'GET',
        url: `/api/whitelist/applicant-lookups/${await applicantLookupOf('bank')}.xlsx`,
      }),
      outside: async () => ({
        method: 'GET',
        url: `/api/whitelist/applicant-lookups/${await applicantLookupOf('other')}.xlsx`,
      }),
    },
    'POST /api/loans': {
      request: () => ({ method: 'POST', url: '/api/loans', payload: loanPayload() }),
      checkList: (body) =>
        assert.equal(body.loan.bank, usernameOf('bank'), 'a loan is always reported by the bank itself'),
    },
    'PUT /api/loans/{id}': {
      request: async () => ({ method: 'PUT', url: `/api/loans/${await loanOf('bank')}`, payload: loanPayload() }),
      outside: async () => ({ method: 'PUT', url: `/api/loans/${await loanOf('other')}`, payload: loanPayload() }),
    },
    'POST /api/loans/{id}/withdraw': {
      request: async () => ({
        method: 'POST',
        url: `/api/loans/${await loanOf('bank')}/withdraw`,
        payload: { reason: '误报' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/loans/${await loanOf('other')}/withdraw`,
        payload: { reason: '误报' },
      }),
    },
    'GET /api/loans': {
      request: async () => {
        await loanOf('bank');
        await loanOf('other');
        return { method: 'GET', url: '/api/loans?limit=200' };
      },
      outside: () => ({ method: 'GET', url: '/api/loans?bank=matrix-bank-2' }),
      checkList: (body, audience) => {
        const banks = [...new Set(body.items.map((item: { bank: string }) => item.bank))].sort();
        assert.deepEqual(
          banks,
          audience === 'bank' ? [usernameOf('bank')] : [usernameOf('bank'), 'matrix-bank-2'].sort(),
        );
      },
    },
    'GET /api/loans.xlsx': {
      request: () => ({ method: 'GET', url: '/api/loans.xlsx' }),
      outside: async () => {
        await otherBankId();
        return { method: 'GET', url: '/api/loans.xlsx?bank=matrix-bank-2' };
      },
    },
    'GET /api/whitelist/stats': {
      request: async () => {
        await currentWhitelistOfAB();
        await loanOf('bank');
        await loanOf('other');
        return { method: 'GET', url: '/api/whitelist/stats' };
      },
      outside: () => ({ method: 'GET', url: '/api/whitelist/stats?bank=matrix-bank-2' }),
      checkList: (body, audience) => {
        const banks = new Set([...body.generations, ...body.months].map((row: { bank: string | null }) => row.bank));
        if (audience === 'bank') assert.deepEqual([...banks], [usernameOf('bank')]);
        else
          assert.ok(banks.has('matrix-bank-2') && banks.has(null), 'officials see every bank and the all-banks rows');
      },
    },
    'GET /api/whitelist/stats.xlsx': {
      request: () => ({ method: 'GET', url: '/api/whitelist/stats.xlsx' }),
      outside: () => ({ method: 'GET', url: '/api/whitelist/stats.xlsx?bank=matrix-bank-2' }),
    },
    // 企呼我应: enterprises file for themselves, visitors with a phone number; a department sees and handles
    // the cases routed to it (区市场监管局 for the demo operator, 区税务局 standing for another department).
    'POST /api/requests': {
      request: (audience) => ({
        method: 'POST',
        url: '/api/requests',
        payload: {
          category: 'enforcement',
          title: `矩阵诉求 ${(counter += 1)}`,
          body: '希望综合查一次',
          ...(audience === 'anonymous' ? { phone: '13900001111' } : {}),
        },
      }),
      checkList: (body, audience) => {
        if (audience === 'enterprise')
          assert.equal(body.uscc, fixture.enterpriseA, 'an enterprise files for itself only');
      },
    },
    'GET /api/requests': {
      request: async () => {
        await requestOf({ department: 'scjg' });
        await requestOf({ department: 'tax', uscc: fixture.enterpriseB });
        return { method: 'GET', url: '/api/requests?limit=200' };
      },
      checkList: (body, audience) => {
        const items = body.items as Array<{ departmentCode: string; requester: { uscc: string | null } }>;
        if (audience === 'enterprise')
          assert.ok(items.length > 0 && items.every((item) => item.requester.uscc === fixture.enterpriseA));
        else if (audience === 'department_operator')
          assert.ok(items.length > 0 && items.every((item) => item.departmentCode === 'scjg'));
        else
          assert.ok(
            items.some((item) => item.departmentCode === 'tax'),
            'the credit office sees every department’s cases',
          );
      },
    },
    'GET /api/requests/reminders': {
      request: async () => {
        await sendMatrixMessages('request', false);
        return { method: 'GET', url: '/api/requests/reminders' };
      },
      checkList: (body, audience) => {
        const departments = new Set(body.items.map((item: { departmentCode: string | null }) => item.departmentCode));
        if (audience === 'department_operator')
          assert.deepEqual([...departments], ['scjg'], 'a department reads only its own reminders');
        else
          assert.ok(
            departments.has('scjg') && departments.has(OTHER_DEPARTMENT),
            'an overseer reads every department’s reminders',
          );
      },
    },
    'GET /api/requests/analysis': {
      request: () => ({ method: 'GET', url: '/api/requests/analysis' }),
      outside: () => ({ method: 'GET', url: `/api/requests/analysis?departmentCode=${OTHER_DEPARTMENT}` }),
      checkList: (body, audience) => {
        if (audience === 'department_operator') assert.equal(body.departmentCode, 'scjg');
      },
    },
    'GET /api/requests/analysis.xlsx': {
      request: () => ({ method: 'GET', url: '/api/requests/analysis.xlsx' }),
      outside: () => ({ method: 'GET', url: `/api/requests/analysis.xlsx?departmentCode=${OTHER_DEPARTMENT}` }),
    },
    'POST /api/requests/track': {
      request: async () => ({
        method: 'POST',
        url: '/api/requests/track',
        payload: {
          trackingCode: (await requestOf({ department: 'scjg', phone: '13900002222' })).trackingCode,
          phone: '13900002222',
        },
      }),
    },
    'POST /api/requests/track/rating': {
      request: async () => ({
        method: 'POST',
        url: '/api/requests/track/rating',
        payload: {
          trackingCode: (await requestOf({ department: 'scjg', phone: '13900003333', answered: true })).trackingCode,
          phone: '13900003333',
          rating: 'satisfied',
        },
      }),
    },
    'GET /api/requests/{id}': {
      request: async () => ({ method: 'GET', url: `/api/requests/${(await requestOf({ department: 'scjg' })).id}` }),
      outside: async (audience) => ({
        method: 'GET',
        url: `/api/requests/${(await requestOf(audience === 'enterprise' ? { department: 'scjg', uscc: fixture.enterpriseB } : { department: 'tax' })).id}`,
      }),
    },
    'GET /api/requests/{id}/attachments/{sha256}': {
      request: async () => {
        const sha256 = await uploadProof();
        return {
          method: 'GET',
          url: `/api/requests/${(await requestOf({ department: 'scjg', attachments: [sha256] })).id}/attachments/${sha256}`,
        };
      },
      outside: async (audience) => {
        const sha256 = await foreignAttachment();
        const other = await requestOf(
          audience === 'enterprise'
            ? { department: 'scjg', uscc: fixture.enterpriseB, attachments: [sha256] }
            : { department: 'tax', uscc: fixture.enterpriseB, attachments: [sha256] },
        );
        return { method: 'GET', url: `/api/requests/${other.id}/attachments/${sha256}` };
      },
    },
    'POST /api/requests/{id}/decision': {
      request: async () => ({
        method: 'POST',
        url: `/api/requests/${(await requestOf({ department: 'scjg' })).id}/decision`,
        payload: { action: 'accept' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/requests/${(await requestOf({ department: 'tax' })).id}/decision`,
        payload: { action: 'accept' },
      }),
    },
    'POST /api/requests/{id}/transfer': {
      request: async () => ({
        method: 'POST',
        url: `/api/requests/${(await requestOf({ department: 'scjg' })).id}/transfer`,
        payload: { departmentCode: 'kjj', reason: '属科技局职责' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/requests/${(await requestOf({ department: 'tax' })).id}/transfer`,
        payload: { departmentCode: 'kjj', reason: '属科技局职责' },
      }),
    },
    'POST /api/requests/{id}/link': {
      request: () => duplicateLink('scjg'),
      outside: () => duplicateLink('tax'),
    },
    'POST /api/requests/{id}/rating': {
      request: async () => ({
        method: 'POST',
        url: `/api/requests/${(await requestOf({ department: 'scjg', answered: true })).id}/rating`,
        payload: { rating: 'satisfied' },
      }),
      outside: async () => ({
        method: 'POST',
        url: `/api/requests/${(await requestOf({ department: 'scjg', uscc: fixture.enterpriseB, answered: true })).id}/rating`,
        payload: { rating: 'satisfied' },
      }),
    },
    // Reform task board: officials read it; a department reports only on tasks it leads or is named
    // responsible for (000-05 is led by 区市场监管局; 000-06 names only 区发改经信局, 区税务局 and 区财政局).
    'GET /api/reform-tasks': { request: () => ({ method: 'GET', url: '/api/reform-tasks?date=2024-06-20' }) },
    'GET /api/reform-tasks/board': {
      request: () => ({ method: 'GET', url: '/api/reform-tasks/board?date=2024-06-20' }),
    },
    'GET /api/reform-tasks/bulletin': {
      request: () => ({ method: 'GET', url: '/api/reform-tasks/bulletin?date=2024-06-20' }),
    },
    'GET /api/reform-tasks.xlsx': { request: () => ({ method: 'GET', url: '/api/reform-tasks.xlsx?date=2024-06-20' }) },
    'GET /api/reform-tasks/reminders': {
      request: async () => {
        await sendMatrixMessages('reform_task', false);
        return { method: 'GET', url: '/api/reform-tasks/reminders' };
      },
      checkList: (body, audience) => {
        const departments = new Set(body.items.map((item: { departmentCode: string | null }) => item.departmentCode));
        if (audience === 'department_operator')
          assert.deepEqual([...departments], ['scjg'], 'a department reads only its own reminders');
        else
          assert.ok(
            departments.has('scjg') && departments.has(OTHER_DEPARTMENT),
            'an overseer reads every department’s reminders',
          );
      },
    },
    'POST /api/reform-tasks/evidence': {
      request: () => ({
        method: 'POST',
        url: '/api/reform-tasks/evidence',
        payload: {
          fileName: '佐证.pdf',
          contentBase64: Buffer.from(`%PDF-1.7 evidence ${(counter += 1)}`).toString('base64'),
        },
      }),
      checkList: (body) => assert.equal(body.mediaType, 'application/pdf'),
    },
    'GET /api/reform-tasks/{code}': { request: () => ({ method: 'GET', url: '/api/reform-tasks/000-05' }) },
    'GET /api/reform-tasks/{code}/evidence/{sha256}': {
      request: async () => ({ method: 'GET', url: `/api/reform-tasks/000-05/evidence/${await taskEvidence()}` }),
    },
    'POST /api/reform-tasks/{code}/reports': {
      request: (audience) => ({
        method: 'POST',
        url: '/api/reform-tasks/000-05/reports',
        payload: {
          status: 'in_progress',
          text: `矩阵报送 ${(counter += 1)}`,
          ...(audience === 'admin' ? { unitCode: 'scjg' } : {}),
        },
      }),
      outside: () => ({
        method: 'POST',
        url: '/api/reform-tasks/000-06/reports',
        payload: { status: 'in_progress', text: '不是本部门的任务' },
      }),
    },
    'GET /api/model-versions': { request: () => ({ method: 'GET', url: '/api/model-versions' }) },
    'GET /api/model-versions/{modelId}/{version}': {
      request: () => ({ method: 'GET', url: '/api/model-versions/huarong-sci-tech/v1' }),
    },
    'POST /api/model-versions/{modelId}/{version}/simulations': {
      request: async () => {
        await jobsIdle();
        modelDraft('v1-matrix-draft');
        return { method: 'POST', url: '/api/model-versions/huarong-sci-tech/v1-matrix-draft/simulations' };
      },
    },
    'POST /api/model-versions/{modelId}/{version}/publication': {
      request: async (audience) => {
        const draft = await simulatedDraft(audience);
        return {
          method: 'POST',
          url: `/api/model-versions/huarong-sci-tech/${draft.version}/publication`,
          payload: { confirmDigest: draft.digest },
        };
      },
    },
    'GET /api/evaluation-runs': { request: () => ({ method: 'GET', url: '/api/evaluation-runs' }) },
    'POST /api/evaluation-runs': {
      request: async () => {
        await jobsIdle();
        await ensurePublishedModel(current());
        return { method: 'POST', url: '/api/evaluation-runs', payload: {} };
      },
    },
    'GET /api/audit/actions': { request: () => ({ method: 'GET', url: '/api/audit/actions' }) },
    'GET /api/audit/events': { request: () => ({ method: 'GET', url: '/api/audit/events?action=auth.logged_in' }) },
    'GET /api/audit/events/{seq}': { request: () => ({ method: 'GET', url: '/api/audit/events/1' }) },
    'POST /api/audit/verifications': {
      request: async () => {
        await jobsIdle();
        return { method: 'POST', url: '/api/audit/verifications' };
      },
    },
    'GET /api/jobs': { request: () => ({ method: 'GET', url: '/api/jobs' }) },
    'GET /api/jobs/{id}': {
      request: async () => {
        await jobsIdle();
        const job = jobsOf(current()).start({
          kind: 'matrix',
          label: '矩阵测试任务',
          group: 'matrix',
          startedBy: 'matrix',
          work: async () => null,
        });
        return { method: 'GET', url: `/api/jobs/${job.id}` };
      },
    },
    // The public portal: open to everyone; 诚信典型案例 are managed by the credit office.
    'GET /api/public/overview': { request: () => ({ method: 'GET', url: '/api/public/overview' }) },
    'GET /api/public/grades': { request: () => ({ method: 'GET', url: '/api/public/grades' }) },
    'GET /api/public/records': { request: () => ({ method: 'GET', url: '/api/public/records' }) },
    'GET /api/public/audit-checkpoints': { request: () => ({ method: 'GET', url: '/api/public/audit-checkpoints' }) },
    'GET /api/public/signing-key': { request: () => ({ method: 'GET', url: '/api/public/signing-key' }) },
    'GET /api/public/model': {
      request: async () => {
        await ensurePublishedModel(current());
        return { method: 'GET', url: '/api/public/model' };
      },
    },
    'GET /api/public/inspections': { request: () => ({ method: 'GET', url: '/api/public/inspections' }) },
    'GET /api/public/honest-cases': { request: () => ({ method: 'GET', url: '/api/public/honest-cases' }) },
    'GET /api/honest-cases': { request: () => ({ method: 'GET', url: '/api/honest-cases' }) },
    'GET /api/working-days/years': { request: () => ({ method: 'GET', url: '/api/working-days/years' }) },
    // The holiday calendar: loading the sample 2027 arrangement again replaces it with the same days.
    'POST /api/working-days/years': {
      request: () => ({
        method: 'POST',
        url: '/api/working-days/years',
        payload: {
          text: fs.readFileSync(path.join(import.meta.dirname, '../../docs/holidays-2027.sample.yaml'), 'utf8'),
        },
      }),
    },
    'POST /api/honest-cases': {
      request: async () => {
        await honestCaseReadyForA();
        return {
          method: 'POST',
          url: '/api/honest-cases',
          payload: { uscc: fixture.enterpriseA, title: `矩阵案例 ${(counter += 1)}`, story: '守信践诺。' },
        };
      },
    },
    'POST /api/honest-cases/{id}/withdraw': {
      request: async () => {
        await honestCaseReadyForA();
        const created = await fixture.injectAs(
          'admin',
          {
            method: 'POST',
            url: '/api/honest-cases',
            payload: { uscc: fixture.enterpriseA, title: `矩阵案例 ${(counter += 1)}`, story: '守信践诺。' },
          },
          sessions.get('admin'),
        );
        return {
          method: 'POST',
          url: `/api/honest-cases/${created.json().id}/withdraw`,
          payload: { reason: '矩阵测试撤回' },
        };
      },
    },
  };

  test('every operation in the OpenAPI document answers every role as its declared access rule says', async () => {
    const operations = Object.entries(document.paths as Record<string, Record<string, any>>).flatMap(([url, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        name: `${method.toUpperCase()} ${url}`,
        access: operation['x-access'] as RouteAccess,
      })),
    );
    const missing = operations.filter((operation) => !samples[operation.name]).map((operation) => operation.name);
    assert.deepEqual(missing, [], 'every documented operation has a sample request in this test');

    const problems: string[] = [];
    let checked = 0;
    for (const { name, access } of operations) {
      const sample = samples[name]!;
      for (const audience of AUDIENCES) {
        const call = async (request: InjectOptions) => {
          const session =
            audience === 'anonymous'
              ? undefined
              : sample.freshSession
                ? await openSessionAs(audience)
                : sessions.get(audience);
          return fixture.injectAs(audience, request, session);
        };
        const scope = access[audience];
        const response = await call(await sample.request(audience));
        checked += 1;
        if (scope === undefined) {
          const expected = audience === 'anonymous' ? 401 : 403;
          if (response.statusCode !== expected)
            problems.push(`${name} as ${audience}: expected ${expected}, got ${response.statusCode} ${response.body}`);
          continue;
        }
        if (sample.allowedStatus !== undefined) {
          if (response.statusCode !== sample.allowedStatus)
            problems.push(
              `${name} as ${audience} (${scope}): expected ${sample.allowedStatus} after the access check, got ${response.statusCode} ${response.body}`,
            );
          continue;
        }
        if (response.statusCode >= 300) {
          problems.push(
            `${name} as ${audience} (${scope}): expected success, got ${response.statusCode} ${response.body}`,
          );
          continue;
        }
        if (sample.checkList && response.statusCode < 300) {
          try {
            sample.checkList(response.json(), audience, fixture);
          } catch (error) {
            problems.push(
              `${name} as ${audience} (${scope}): list holds data outside the scope: ${(error as Error).message}`,
            );
          }
        }
        if (scope !== 'all') {
          const outsideRequest = await sample.outside?.(audience);
          if (!outsideRequest && !sample.checkList)
            problems.push(`${name}: scoped for ${audience} but nothing checks data outside the scope`);
          if (outsideRequest) {
            const outside = await call(outsideRequest);
            checked += 1;
            const expected = sample.outsideStatus ?? OUTSIDE_STATUS[scope];
            if (outside.statusCode !== expected)
              problems.push(
                `${name} as ${audience} (${scope}) for someone else's data: expected ${expected}, got ${outside.statusCode} ${outside.body}`,
              );
          }
        }
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(checked >= operations.length * AUDIENCES.length);
  });

  test('the declared matrix keeps the platform rules: enterprises see only themselves, banks and associations see only enterprises shared with them, the 系统管理员 creates accounts and the 安全管理员 assigns roles, the 审计管理员 changes nothing but starts audit verifications', () => {
    // What an 审计管理员 may do besides reading and what the public may do (三权分立): verify the trail,
    // and manage the own login.
    const auditorWrites = ['POST /api/audit/verifications', 'POST /api/auth/logout', 'POST /api/auth/password'];
    const auditorWritesFound: string[] = [];
    for (const [url, methods] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const [method, operation] of Object.entries(methods)) {
        const access = operation['x-access'] as RouteAccess;
        const name = `${method.toUpperCase()} ${url}`;
        if (url.startsWith('/api/enterprises') || url.startsWith('/api/records')) {
          assert.ok(
            access.enterprise === undefined || access.enterprise === 'own-enterprise',
            `${name}: an enterprise sees only itself`,
          );
          assert.ok(
            access.bank === undefined || access.bank === 'shared-enterprise',
            `${name}: banks only through pushed lists or authorisation`,
          );
          assert.ok(
            access.association === undefined || access.association === 'shared-enterprise',
            `${name}: associations only through pushed lists or authorisation`,
          );
          assert.equal(access.anonymous, undefined, `${name}: not public`);
        }
        if (url.startsWith('/api/users')) {
          assert.deepEqual(
            Object.keys(access),
            method === 'post' ? ['admin'] : ['admin', 'security_admin'],
            `${name}: the 系统管理员 creates accounts, the 安全管理员 also reads and edits them (roles)`,
          );
        }
        if (url.startsWith('/api/audit/'))
          assert.deepEqual(
            Object.keys(access).sort(),
            ['audit_admin', 'reviewer'],
            `${name}: the 审计管理员 （not the 系统管理员） reads and verifies the trail`,
          );
        if (access.audit_admin !== undefined && access.anonymous === undefined && method !== 'get')
          auditorWritesFound.push(name);
        if (url.startsWith('/api/records'))
          assert.equal(access.department_operator, 'own-department', `${name}: a department sees only its own records`);
        if (url.startsWith('/api/departments/'))
          assert.deepEqual(
            access,
            { department_operator: 'own-department' },
            `${name}: only a department writes its own records`,
          );
      }
    }
    assert.deepEqual(auditorWritesFound.sort(), auditorWrites.sort(), 'the 审计管理员 can change nothing else');
  });

  test('personal data is masked for everyone, shown in clear only to the owning department on request, and every clear read is audited', async () => {
    const id = fixture.records.aOwnDepartment;
    for (const role of ['admin', 'reviewer', 'inspector', 'enterprise', 'department_operator'] as const) {
      const response = await fixture.injectAs(role, { method: 'GET', url: `/api/records/${id}` }, sessions.get(role));
      assert.equal(response.statusCode, 200, role);
      const record = response.json();
      assert.equal(
        record.fields.legal_representative_id_number,
        '4207**********1234',
        `${role} sees the identity number masked`,
      );
      assert.equal(record.fields.legal_representative, '张*明');
      assert.ok(
        !response.body.includes(fixture.personalIdNumber) && !response.body.includes('cipher'),
        `${role} gets neither the clear value nor the cipher`,
      );
    }
    for (const role of ['admin', 'reviewer', 'enterprise'] as const) {
      const response = await fixture.injectAs(
        role,
        { method: 'GET', url: `/api/records/${id}?reveal=true` },
        sessions.get(role),
      );
      assert.equal(response.statusCode, 403, `${role} may not reveal`);
      assert.equal(response.json().error.message, '个人信息明文仅对数据所属部门开放');
    }
    const before = await current()
      .db.selectFrom('audit_events')
      .select('seq')
      .where('action', '=', 'personal.revealed')
      .execute();
    const revealed = await fixture.injectAs(
      'department_operator',
      { method: 'GET', url: `/api/records/${id}?reveal=true` },
      sessions.get('department_operator'),
    );
    assert.equal(revealed.statusCode, 200);
    assert.equal(revealed.json().revealed, true);
    assert.equal(revealed.json().fields.legal_representative_id_number, fixture.personalIdNumber);
    assert.equal(revealed.json().versions[0].fields.legal_representative_id_number, fixture.personalIdNumber);
    const events = await current()
      .db.selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'personal.revealed')
      .execute();
    assert.equal(events.length, before.length + 1);
    const event = events.at(-1)!;
    assert.equal(event.actor, 'dept');
    assert.equal(event.subject_id, String(id));
    assert.deepEqual((event.payload as { fields: string[] }).fields, ['legal_representative_id_number']);
  });

  test('the enterprise detail shows the legal representative masked, and a record shows its history and where each version came from', async () => {
    const enterprise = await fixture.injectAs(
      'reviewer',
      { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA.toLowerCase()}` },
      sessions.get('reviewer'),
    );
    assert.equal(enterprise.statusCode, 200);
    assert.equal(enterprise.json().legalRepresentative, '张*明');
    assert.equal(enterprise.json().name, '鄂州甲科技有限公司');
    const record = (
      await fixture.injectAs(
        'reviewer',
        { method: 'GET', url: `/api/records/${fixture.records.aOwnDepartment}` },
        sessions.get('reviewer'),
      )
    ).json();
    assert.equal(record.enterprise.uscc, fixture.enterpriseA);
    assert.equal(record.versions.length, 1);
    assert.deepEqual(
      { ...record.versions[0].provenance, batchId: 0, receivedAt: '' },
      {
        batchId: 0,
        departmentCode: 'scjg',
        fileName: 'scjg.json',
        fileHash: 'scjg',
        format: 'json',
        operator: '测试',
        receivedAt: '',
      },
    );
  });

  test('records of an enterprise are paged and filtered by kind and status', async () => {
    const query = (search: string) =>
      fixture.injectAs(
        'reviewer',
        { method: 'GET', url: `/api/enterprises/${fixture.enterpriseA}/records?${search}` },
        sessions.get('reviewer'),
      );
    // The penalties of the fixture (the walk above also checked commitments, which wrote credit_commitment records).
    const firstPage = (await query('kind=administrative_penalty&limit=1')).json();
    assert.equal(firstPage.total, 2);
    assert.equal(firstPage.items.length, 1);
    const secondPage = (await query('kind=administrative_penalty&limit=1&offset=1')).json();
    assert.notEqual(secondPage.items[0].id, firstPage.items[0].id);
    assert.equal((await query('kind=administrative_license')).json().total, 0);
    assert.equal((await query('status=active&kind=administrative_penalty')).json().total, 2);
    assert.equal((await query('status=repaired')).json().total, 0);
  });
});
