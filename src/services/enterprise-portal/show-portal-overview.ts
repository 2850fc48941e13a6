import { objectionLastDay } from '../workflows/file-objection.ts';
import type { Kysely } from 'kysely';
import { OPEN_OBJECTION_STATES } from '../../domain/workflows/objection-workflow.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentEvaluation } from '../../store/evaluation.repository.ts';
import { countEnterpriseNotifications } from '../../store/notification.repository.ts';
import { findEnterpriseByUscc } from '../workflows/find-enterprise.ts';
import { loadWorkflowDeadlines } from '../workflows/workflow-settings.ts';
import { todayInDistrict } from '../../domain/district-date.ts';

/** Cases still waiting for the credit office or the department (decided cases are history). */
const OPEN_CASE_STATES = ['submitted', 'accepted'];

export interface PortalOverview {
  uscc: string;
  name: string;
  today: string;
  /** The current evaluation and whether it can still be contested (信用复评(核)申请, 001 §二(四)). */
  evaluation: {
    id: number;
    grade: string;
    score: number;
    asOf: string;
    evaluatedOn: string;
    objection: { lastDay: string; canFile: boolean; openCaseId: number | null };
  } | null;
  unreadMessages: number;
  openCases: { declarations: number; objections: number; repairs: number };
  signedCommitments: number;
  limits: {
    attachmentMaxBytes: number;
    objectionFilingWindowDays: number;
    objectionReviewWorkingDays: number;
    repairReviewWorkingDays: number;
  };
}

/**
 * What the enterprise portal's home of 办事 needs at a glance: the current evaluation with its objection window (the
 * same window file-objection.ts enforces, counted from the day the result was produced), open cases, unread messages
 * and the limits and periods the forms announce (catalog/workflow-deadlines.yaml).
 */
export async function showPortalOverview(
  db: Kysely<Database>,
  uscc: string | null,
  today = todayInDistrict(),
): Promise<PortalOverview> {
  const enterprise = await findEnterpriseByUscc(db, uscc);
  const { objectionFilingWindowDays, attachmentMaxBytes, objectionReviewWorkingDays, repairReviewWorkingDays } =
    loadWorkflowDeadlines();
  const countOpen = (table: 'declarations' | 'objections' | 'repair_applications', states: readonly string[]) =>
    db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('enterprise_id', '=', enterprise.id)
      .where('state', 'in', [...states])
      .executeTakeFirstOrThrow()
      .then((row) => Number(row.count));
  const [current, inbox, declarations, objections, repairs, commitments] = await Promise.all([
    findCurrentEvaluation(db, enterprise.id),
    countEnterpriseNotifications(db, enterprise.id),
    countOpen('declarations', OPEN_CASE_STATES),
    countOpen('objections', OPEN_OBJECTION_STATES),
    countOpen('repair_applications', OPEN_CASE_STATES),
    db
      .selectFrom('commitments')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('enterprise_id', '=', enterprise.id)
      .where('state', '=', 'signed')
      .executeTakeFirstOrThrow(),
  ]);
  let evaluation: PortalOverview['evaluation'] = null;
  if (current) {
    const open = await db
      .selectFrom('objections')
      .select('id')
      .where('evaluation_id', '=', Number(current.id))
      .where('state', 'in', [...OPEN_OBJECTION_STATES])
      .executeTakeFirst();
    const evaluatedOn = todayInDistrict(new Date(current.evaluated_at));
    const lastDay = objectionLastDay(new Date(current.evaluated_at));
    const openCaseId = open ? Number(open.id) : null;
    evaluation = {
      id: Number(current.id),
      grade: current.grade,
      score: current.score,
      asOf: current.as_of,
      evaluatedOn,
      objection: { lastDay, canFile: today <= lastDay && openCaseId === null, openCaseId },
    };
  }
  return {
    uscc: enterprise.uscc,
    name: enterprise.name,
    today,
    evaluation,
    unreadMessages: inbox.unread,
    openCases: { declarations, objections, repairs },
    signedCommitments: Number(commitments.count),
    limits: { attachmentMaxBytes, objectionFilingWindowDays, objectionReviewWorkingDays, repairReviewWorkingDays },
  };
}
