import { createHash } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import { loadCatalog } from '../../catalog/catalog.ts';
import type { Database } from '../../store/database.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import { deliverMessages } from '../notifications/notify-enterprise.ts';
import type { OutgoingMessage } from '../notifications/notifier.ts';
import { loadPolicyCatalog } from './load-policies.ts';
import { matchPolicies } from './match-policies.ts';
import { POLICY_MODES, type Policy } from './policy.ts';
import { sendStaffMessages } from '../notifications/send-staff-messages.ts';
import { openPayoutCases } from '../../store/policy-payout.repository.ts';
import { insertNotifications } from '../../store/notification.repository.ts';

/** Rows per statement when writing matches (one JSON parameter each). */
const CHUNK = 5_000;

export interface PolicyRunSummary {
  code: string;
  name: string;
  departmentCode: string;
  /** Enterprises eligible on the day. */
  eligible: number;
  /** Eligible now and not at the previous run (never before, or again after a spell of not qualifying). */
  newlyEligible: number;
  /** Eligible at the previous run, not any more. */
  noLongerEligible: number;
  /** Enterprises told by this run (with --notify: every eligible one not told yet). */
  notified: number;
}

export interface PolicyRunOutcome {
  asOf: string;
  notify: boolean;
  policies: PolicyRunSummary[];
  enterprisesNotified: number;
  departmentMessages: number;
  auditSeq: number;
}

interface StoredMatch {
  policy_code: string;
  enterprise_id: number;
  ended_on: string | null;
  notified_on: string | null;
}

/**
 * `xinping policy match` (免申即享 003 §四(二)): evaluates every policy for every enterprise, keeps the
 * result in policy_matches (first seen, current spell, end of a spell, the reasons), and with `notify` tells each
 * eligible enterprise not told yet (its inbox: it need not apply) and each issuing department how many new
 * enterprises qualify. One transaction: a failed run leaves the table as it was; messages go out after commit.
 */
export async function runPolicyMatching(
  db: Kysely<Database>,
  input: { asOf: string; notify: boolean; actor: string },
): Promise<PolicyRunOutcome> {
  const { policies } = loadPolicyCatalog();
  const { enterprises, byPolicy } = await matchPolicies(db, policies, input.asOf);
  const { outcome, messages } = await db.transaction().execute(async (trx) => {
    const stored = await trx
      .selectFrom('policy_matches')
      .select(['policy_code', 'enterprise_id', 'ended_on', 'notified_on'])
      .execute();
    const storedOf = new Map<string, StoredMatch>(
      stored.map((row) => [
        `${row.policy_code}|${Number(row.enterprise_id)}`,
        { ...row, enterprise_id: Number(row.enterprise_id) },
      ]),
    );
    const seen: { policy_code: string; enterprise_id: number; reasons: string[] }[] = [];
    const ended: { policy_code: string; enterprise_id: number }[] = [];
    const summaries = new Map<string, PolicyRunSummary>();
    for (const policy of policies) {
      const eligibilities = byPolicy.get(policy.code)!;
      const summary: PolicyRunSummary = {
        code: policy.code,
        name: policy.name,
        departmentCode: policy.departmentCode,
        eligible: 0,
        newlyEligible: 0,
        noLongerEligible: 0,
        notified: 0,
      };
      summaries.set(policy.code, summary);
      enterprises.forEach((facts, index) => {
        const eligibility = eligibilities[index]!;
        const previous = storedOf.get(`${policy.code}|${facts.enterpriseId}`);
        const wasEligible = previous !== undefined && previous.ended_on === null;
        if (eligibility.qualifies) {
          summary.eligible += 1;
          if (!wasEligible) summary.newlyEligible += 1;
          seen.push({ policy_code: policy.code, enterprise_id: facts.enterpriseId, reasons: eligibility.reasons });
        } else if (wasEligible) {
          summary.noLongerEligible += 1;
          ended.push({ policy_code: policy.code, enterprise_id: facts.enterpriseId });
        }
      });
    }
    // A policy taken out of the catalog ends its open matches too.
    const codes = new Set(policies.map((policy) => policy.code));
    for (const row of stored)
      if (!codes.has(row.policy_code) && row.ended_on === null)
        ended.push({ policy_code: row.policy_code, enterprise_id: Number(row.enterprise_id) });

    for (let start = 0; start < seen.length; start += CHUNK) {
      await sql`
        insert into policy_matches (policy_code, enterprise_id, first_seen_on, eligible_since, last_seen_on, reasons)
        select x.policy_code, x.enterprise_id, ${input.asOf}::date, ${input.asOf}::date, ${input.asOf}::date, x.reasons
        from jsonb_to_recordset(${JSON.stringify(seen.slice(start, start + CHUNK))}::jsonb) as x(policy_code text, enterprise_id bigint, reasons jsonb)
        on conflict (policy_code, enterprise_id) do update set
          eligible_since = case when policy_matches.ended_on is null then policy_matches.eligible_since else excluded.eligible_since end,
          notified_on = case when policy_matches.ended_on is null then policy_matches.notified_on else null end,
          ended_on = null,
          last_seen_on = excluded.last_seen_on,
          reasons = excluded.reasons`.execute(trx);
    }
    for (let start = 0; start < ended.length; start += CHUNK) {
      await sql`
        update policy_matches m set ended_on = ${input.asOf}::date
        from jsonb_to_recordset(${JSON.stringify(ended.slice(start, start + CHUNK))}::jsonb) as x(policy_code text, enterprise_id bigint)
        where m.policy_code = x.policy_code and m.enterprise_id = x.enterprise_id`.execute(trx);
    }
    const messages = input.notify
      ? await notifyEligible(trx, policies, input.asOf, summaries)
      : { enterprises: [] as OutgoingMessage[], departments: 0 };
    // Each current spell of a match is a 兑现 case the paying department works (policy-payouts.ts).
    await openPayoutCases(trx);
    const summaryList = [...summaries.values()];
    const event = await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'policy.matched',
      subjectType: 'policy',
      subjectId: summaryList.map((summary) => summary.code).join(','),
      payload: {
        asOf: input.asOf,
        notify: input.notify,
        policies: summaryList.map(({ code, eligible, newlyEligible, noLongerEligible, notified }) => ({
          code,
          eligible,
          newlyEligible,
          noLongerEligible,
          notified,
        })),
      },
    });
    return {
      outcome: {
        asOf: input.asOf,
        notify: input.notify,
        policies: summaryList,
        enterprisesNotified: messages.enterprises.length,
        departmentMessages: messages.departments,
        auditSeq: event.seq,
      },
      messages: messages.enterprises,
    };
  });
  await deliverMessages(messages);
  return outcome;
}

/**
 * Tells every enterprise eligible and not told yet (inbox message: the benefit, why it qualifies, that it need not
 * apply) and the issuing department (one staff message per policy with the count), marking the matches told.
 */
async function notifyEligible(
  trx: Transaction<Database>,
  policies: Policy[],
  asOf: string,
  summaries: Map<string, PolicyRunSummary>,
): Promise<{ enterprises: OutgoingMessage[]; departments: number }> {
  const catalog = loadCatalog();
  const outgoing: OutgoingMessage[] = [];
  let departments = 0;
  for (const policy of policies) {
    const told = await sql<{ enterprise_id: number; reasons: string[] }>`
      update policy_matches set notified_on = ${asOf}::date
      where policy_code = ${policy.code} and ended_on is null and notified_on is null
      returning enterprise_id, reasons`.execute(trx);
    if (told.rows.length === 0) continue;
    const department = catalog.department(policy.departmentCode)?.name ?? policy.departmentCode;
    const title = `符合惠企政策：${policy.name}`;
    const how =
      policy.mode === 'exempt_application'
        ? `本政策${POLICY_MODES[policy.mode]}，无需申请，由${department}直接兑现。`
        : `本政策${POLICY_MODES[policy.mode]}，可向${department}申请，即时办理。`;
    const messages = told.rows.map((row) => ({
      enterprise_id: Number(row.enterprise_id),
      body: `根据${policy.reference}，贵企业符合“${policy.name}”的享受条件：${row.reasons.join('；')}。享受内容：${policy.benefit}${how}`,
    }));
    await insertNotifications(
      trx,
      messages.map((message) => ({
        enterpriseId: message.enterprise_id,
        topic: 'policy',
        title,
        body: message.body,
        subjectType: 'policy',
        subjectId: policy.code,
      })),
    );
    outgoing.push(
      ...messages.map((message) => ({
        enterpriseId: message.enterprise_id,
        topic: 'policy',
        title,
        body: message.body,
      })),
    );
    summaries.get(policy.code)!.notified = messages.length;
    // The department is told once per set of enterprises: a re-run that tells nobody new sends nothing.
    const ids = messages.map((message) => message.enterprise_id).sort((a, b) => a - b);
    const digest = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16);
    departments += await sendStaffMessages(trx, [
      {
        role: 'department_operator',
        departmentCode: policy.departmentCode,
        topic: 'policy',
        title: `惠企政策新增符合条件企业：${policy.name}`,
        body: `截至 ${asOf}，又有 ${ids.length} 家企业符合“${policy.name}”（${POLICY_MODES[policy.mode]}）的享受条件，已通知这些企业（已通知过的不再重复）。名单及每家企业符合的依据见“惠企政策—符合条件企业”，可导出 Excel。`,
        subjectType: 'policy',
        subjectId: policy.code,
        dedupeKey: `policy:${policy.code}:${asOf}:${digest}`,
      },
    ]);
  }
  return { enterprises: outgoing, departments };
}
