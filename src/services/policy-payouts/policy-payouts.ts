import type { Kysely } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import { AppError } from '../../domain/app-error.ts';
import { todayInDistrict } from '../../domain/district-date.ts';
import { isIsoDate } from '../../domain/month-arithmetic.ts';
import { describeActor, type Principal } from '../../domain/principal.ts';
import {
  ENTERPRISE_PAYOUT_ACTIONS,
  PAYOUT_AUDIT_ACTIONS,
  PAYOUT_WORKFLOW,
  type PayoutAction,
  type PayoutState,
} from '../../domain/workflows/payout-workflow.ts';
import { nextState } from '../../domain/workflows/state-machine.ts';
import { caseChangedConflict } from '../../domain/workflows/case-conflict.ts';
import type { Database } from '../../store/database.ts';
import type { Executor } from '../../store/executor.ts';
import { findEnterpriseByUscc } from '../../store/enterprise.repository.ts';
import {
  findPayout,
  listPayoutRows,
  payoutStatsRows,
  type PayoutListRow,
} from '../../store/policy-payout.repository.ts';
import { loadActorNames } from '../../store/user.repository.ts';
import { transitionCase } from '../../store/workflow-case.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages, notifyEnterprise } from '../notifications/notify-enterprise.ts';
import { loadPolicyCatalog } from '../policy-matching/load-policies.ts';
import { POLICY_MODES, type Policy } from '../policy-matching/policy.ts';

/**
 * 免申即享 to the money (003 §四(二)): the paying department works the cases `xinping policy match` opens (one per spell
 * of a match, policy-payout.repository.ts); the enterprise confirms where the policy's mode needs it — a 即申即享
 * policy's one-step application; 免申即享 needs nothing from it —; the department approves, records the payment with
 * amount and date, or refuses with a reason. Each step is audited; payment and refusal are told to the enterprise.
 */

export interface PayoutView {
  id: number;
  policyCode: string;
  policyName: string;
  departmentName: string;
  mode: string;
  modeLabel: string;
  uscc: string;
  enterpriseName: string;
  eligibleSince: string;
  state: PayoutState;
  stateLabel: string;
  version: number;
  notifiedOn: string | null;
  confirmedAt: string | null;
  /** Who confirmed the application for the enterprise (即申即享): the account and the person's name. */
  confirmedBy: string | null;
  confirmedByName: string | null;
  approvedAt: string | null;
  /** Who approved, paid and refused: the account and the person's name, shown to officials only (null otherwise). */
  approvedBy: string | null;
  approvedByName: string | null;
  amount: number | null;
  paidOn: string | null;
  /** When the payment was recorded (paidOn is the day the money left). */
  paidAt: string | null;
  paidBy: string | null;
  paidByName: string | null;
  reason: string | null;
  refusedAt: string | null;
  refusedBy: string | null;
  refusedByName: string | null;
  /** What the viewer may do next (action codes with their labels). */
  actions: Array<{ action: PayoutAction; label: string }>;
}

function policyOf(code: string): Policy | undefined {
  return loadPolicyCatalog().policies.find((policy) => policy.code === code);
}

/** Whether the policy's mode needs the enterprise's confirmation before approval. */
function needsConfirmation(policy: Policy): boolean {
  return policy.mode === 'quick_application';
}

/** The policies whose cases the principal sees: a department operator its department's, others every policy. */
function visiblePolicyCodes(principal: Principal): string[] | null {
  if (principal.role !== 'department_operator') return null;
  return loadPolicyCatalog()
    .policies.filter((policy) => policy.departmentCode === principal.departmentCode)
    .map((policy) => policy.code);
}

function allowedActions(principal: Principal, row: PayoutListRow, policy: Policy | undefined): PayoutAction[] {
  if (!policy) return [];
  const legal = PAYOUT_WORKFLOW.transitions.filter((transition) => transition.from === row.state).map((t) => t.action);
  if (principal.role === 'enterprise')
    return principal.uscc === row.uscc && needsConfirmation(policy)
      ? legal.filter((action) => ENTERPRISE_PAYOUT_ACTIONS.includes(action))
      : [];
  const paysIt =
    principal.role === 'admin' ||
    (principal.role === 'department_operator' && principal.departmentCode === policy.departmentCode);
  if (!paysIt) return [];
  return legal.filter(
    (action) =>
      !ENTERPRISE_PAYOUT_ACTIONS.includes(action) &&
      !(action === 'approve' && needsConfirmation(policy) && row.state !== 'confirmed'),
  );
}

const isoOrNull = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

/** The display names of the people who confirmed and decided these cases (loadActorNames). */
function loadDeciderNames(db: Executor, rows: readonly PayoutListRow[]): Promise<(actor: string) => string> {
  return loadActorNames(
    db,
    rows.flatMap((row) => [row.confirmed_by, row.approved_by, row.paid_by, row.refused_by]),
  );
}

function viewOf(principal: Principal, row: PayoutListRow, nameOf: (actor: string) => string): PayoutView {
  const policy = policyOf(row.policy_code);
  const catalog = loadCatalog();
  // As with 企呼我应 answers, the enterprise sees the paying department, not the official who acted.
  const isOfficial = principal.role !== 'enterprise';
  const decider = (actor: string | null) =>
    isOfficial && actor ? { account: actor, name: nameOf(actor) } : { account: null, name: null };
  const approver = decider(row.approved_by);
  const payer = decider(row.paid_by);
  const refuser = decider(row.refused_by);
  return {
    id: Number(row.id),
    policyCode: row.policy_code,
    policyName: policy?.name ?? row.policy_code,
    departmentName: policy ? (catalog.department(policy.departmentCode)?.name ?? policy.departmentCode) : '',
    mode: policy?.mode ?? '',
    modeLabel: policy ? POLICY_MODES[policy.mode] : '',
    uscc: row.uscc,
    enterpriseName: row.enterprise_name,
    eligibleSince: row.eligible_since,
    state: row.state,
    stateLabel: PAYOUT_WORKFLOW.stateLabels[row.state],
    version: Number(row.version),
    notifiedOn: row.notified_on,
    confirmedAt: isoOrNull(row.confirmed_at),
    // The enterprise's own user confirmed: named to the officials and to the enterprise alike.
    confirmedBy: row.confirmed_by,
    confirmedByName: row.confirmed_by ? nameOf(row.confirmed_by) : null,
    approvedAt: isoOrNull(row.approved_at),
    approvedBy: approver.account,
    approvedByName: approver.name,
    amount: row.amount === null ? null : Number(row.amount),
    paidOn: row.paid_on,
    paidAt: isoOrNull(row.paid_at),
    paidBy: payer.account,
    paidByName: payer.name,
    reason: row.decision_reason,
    refusedAt: isoOrNull(row.refused_at),
    refusedBy: refuser.account,
    refusedByName: refuser.name,
    actions: allowedActions(principal, row, policy).map((action) => ({
      action,
      label: PAYOUT_WORKFLOW.actionLabels[action],
    })),
  };
}

export async function listPayouts(
  db: Kysely<Database>,
  principal: Principal,
  query: { policy?: string; state?: PayoutState; limit: number; offset: number },
): Promise<{ total: number; items: PayoutView[] }> {
  let policyCodes = visiblePolicyCodes(principal);
  if (query.policy !== undefined)
    policyCodes = policyCodes === null || policyCodes.includes(query.policy) ? [query.policy] : [];
  let enterpriseId: number | undefined;
  if (principal.role === 'enterprise') {
    const enterprise = principal.uscc ? await findEnterpriseByUscc(db, principal.uscc) : undefined;
    enterpriseId = enterprise?.id ?? -1;
  }
  const { total, rows } = await listPayoutRows(db, {
    policyCodes,
    enterpriseId,
    states: query.state ? [query.state] : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  const nameOf = await loadDeciderNames(db, rows);
  return { total, items: rows.map((row) => viewOf(principal, row, nameOf)) };
}

export interface PayoutDecision {
  id: number;
  action: PayoutAction;
  /** The version the decider saw (optimistic concurrency). */
  version?: number;
  amount?: number;
  paidOn?: string;
  reason?: string;
}

function refuseInput(field: string, reason: string): never {
  throw new AppError('INVALID_INPUT', `字段“${field}”：${reason}`);
}

export async function decidePayout(
  db: Kysely<Database>,
  principal: Principal,
  decision: PayoutDecision,
  options: { today?: string } = {},
): Promise<PayoutView> {
  const today = options.today ?? todayInDistrict();
  const actor = describeActor(principal);
  const { view, message } = await db.transaction().execute(async (trx) => {
    const row = await findPayout(trx, decision.id);
    if (!row) throw new AppError('NOT_FOUND', `未找到编号为 ${decision.id} 的政策兑现事项`);
    const policy = policyOf(row.policy_code);
    if (principal.role === 'enterprise' && principal.uscc !== row.uscc)
      throw new AppError('FORBIDDEN', '企业用户只能办理本企业的政策兑现事项');
    if (principal.role === 'department_operator' && policy?.departmentCode !== principal.departmentCode)
      throw new AppError('FORBIDDEN', '只能办理本部门兑现的政策');
    if (principal.role === 'enterprise' && !(policy && needsConfirmation(policy)))
      throw new AppError('FORBIDDEN', `本政策${policy ? POLICY_MODES[policy.mode] : ''}，无需企业确认`);
    const to = nextState(PAYOUT_WORKFLOW, row.state, decision.action);
    if (!allowedActions(principal, row, policy).includes(decision.action)) {
      if (principal.role === 'enterprise') throw new AppError('FORBIDDEN', '企业只能确认即申即享政策的申请');
      if (decision.action === 'approve')
        throw new AppError('PRECONDITION_FAILED', '即申即享政策须由企业先确认申请，方可审核同意');
      throw new AppError('FORBIDDEN', `不能执行“${PAYOUT_WORKFLOW.actionLabels[decision.action]}”`);
    }
    const changes: Record<string, unknown> = {};
    const reason = decision.reason?.trim() ?? '';
    if (decision.action === 'confirm') Object.assign(changes, { confirmed_at: new Date(), confirmed_by: actor });
    if (decision.action === 'approve') Object.assign(changes, { approved_at: new Date(), approved_by: actor });
    if (decision.action === 'pay') {
      const amount = decision.amount;
      if (amount === undefined || !Number.isFinite(amount) || amount <= 0)
        refuseInput('兑现金额', '请填写大于 0 的金额（元）');
      if (Math.round(amount * 100) !== amount * 100) refuseInput('兑现金额', '金额最多保留两位小数');
      const paidOn = decision.paidOn;
      if (!isIsoDate(paidOn)) refuseInput('兑现日期', '请填写 YYYY-MM-DD 格式的日期');
      if (paidOn > today) refuseInput('兑现日期', `不能晚于今天（${today}）`);
      if (paidOn < row.eligible_since) refuseInput('兑现日期', `不能早于符合条件之日（${row.eligible_since}）`);
      Object.assign(changes, { amount, paid_on: paidOn, paid_at: new Date(), paid_by: actor });
    }
    if (decision.action === 'refuse') {
      if (!reason) refuseInput('不予兑现理由', '不予兑现必须说明理由，理由将告知企业');
      Object.assign(changes, { decision_reason: reason, refused_at: new Date(), refused_by: actor });
    }
    const updated = await transitionCase(
      trx,
      'policy_payouts',
      { id: Number(row.id), version: decision.version ?? Number(row.version), state: row.state },
      { ...changes, state: to },
    );
    if (!updated) throw caseChangedConflict(PAYOUT_WORKFLOW.label, Number(row.id));
    const after = { ...row, ...(updated as Partial<PayoutListRow>), state: to } as PayoutListRow;
    const policyName = policy?.name ?? row.policy_code;
    let outgoing = null;
    if (to === 'paid' || to === 'refused') {
      outgoing = await notifyEnterprise(trx, {
        enterpriseId: Number(row.enterprise_id),
        topic: 'policy',
        title: to === 'paid' ? `惠企政策已兑现：${policyName}` : `惠企政策不予兑现：${policyName}`,
        body:
          to === 'paid'
            ? `“${policyName}”已于 ${decision.paidOn} 兑现，金额 ${decision.amount} 元。`
            : `“${policyName}”不予兑现，理由：${reason}。如有异议，请联系兑现部门。`,
        subjectType: 'policy_payout',
        subjectId: String(row.id),
      });
    }
    if (to !== 'matched' && to !== 'notified')
      await appendAuditEvent(trx, {
        actor,
        action: PAYOUT_AUDIT_ACTIONS[to],
        subjectType: 'policy_payout',
        subjectId: String(row.id),
        payload: {
          policy: row.policy_code,
          uscc: row.uscc,
          ...(decision.action === 'pay' ? { amount: decision.amount, paidOn: decision.paidOn } : {}),
          ...(reason ? { reason } : {}),
        },
      });
    return { view: viewOf(principal, after, await loadDeciderNames(trx, [after])), message: outgoing };
  });
  if (message) await deliverMessages([message]);
  return view;
}

export interface PayoutPolicyStats {
  policyCode: string;
  policyName: string;
  departmentName: string;
  modeLabel: string;
  /** Cases by state: every spell of a match is one case. */
  matched: number;
  notified: number;
  confirmed: number;
  approved: number;
  paid: number;
  refused: number;
  amountPaid: number;
  /** Days from the start of eligibility to payment, over paid cases; null before the first payment. */
  meanDaysToPay: number | null;
  maxDaysToPay: number | null;
}

/** Per policy the principal sees: how many cases are at each state, how much was paid and how fast. */
export async function payoutStats(db: Kysely<Database>, principal: Principal): Promise<PayoutPolicyStats[]> {
  const codes = visiblePolicyCodes(principal);
  const rows = await payoutStatsRows(db, codes);
  const catalog = loadCatalog();
  return loadPolicyCatalog()
    .policies.filter((policy) => codes === null || codes.includes(policy.code))
    .map((policy) => {
      const mine = rows.filter((row) => row.policy_code === policy.code);
      const count = (state: PayoutState) => mine.find((row) => row.state === state)?.cases ?? 0;
      const paid = mine.find((row) => row.state === 'paid');
      return {
        policyCode: policy.code,
        policyName: policy.name,
        departmentName: catalog.department(policy.departmentCode)?.name ?? policy.departmentCode,
        modeLabel: POLICY_MODES[policy.mode],
        matched: mine.reduce((sum, row) => sum + row.cases, 0),
        notified: count('notified'),
        confirmed: count('confirmed'),
        approved: count('approved'),
        paid: count('paid'),
        refused: count('refused'),
        amountPaid: paid?.amount ? Number(paid.amount) : 0,
        meanDaysToPay: paid?.mean_days_to_pay == null ? null : Math.round(paid.mean_days_to_pay * 10) / 10,
        maxDaysToPay: paid?.max_days_to_pay ?? null,
      };
    });
}
