import type { Kysely } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import { normalizeUscc } from '../../domain/uscc.ts';
import type { Database } from '../../store/database.ts';
import { findCurrentGrades } from '../../store/evaluation.repository.ts';
import { appendAuditEvent } from '../audit/append-audit-event.ts';
import {
  loadHonestCaseActorNames,
  nameHonestCases,
  selectHonestCases,
  toHonestCase,
  type HonestCase,
} from './honest-case.ts';
import { loadPublicDisclosureRules } from './public-disclosure-rules.ts';
import { requireEnterprise } from '../../store/enterprise.repository.ts';
import { listActiveRecordsOfKind } from '../../store/record.repository.ts';

export interface HonestCaseInput {
  uscc: string;
  title: string;
  story: string;
  /** Short facts shown as tags; when absent, the enterprise's honours on record are used. */
  highlights?: string[];
  actor: string;
}

const MAX_TITLE = 100;
const MAX_STORY = 4000;
const MAX_HIGHLIGHTS = 8;
const MAX_HIGHLIGHT = 60;

/** Every problem of the input, each naming its field. */
function validateInput(input: HonestCaseInput): { title: string; story: string; highlights: string[] | undefined } {
  const problems: string[] = [];
  const title = String(input.title ?? '').trim();
  const story = String(input.story ?? '').trim();
  if (title === '') problems.push('字段“案例标题”：请填写案例标题');
  else if (title.length > MAX_TITLE) problems.push(`字段“案例标题”：案例标题不能超过 ${MAX_TITLE} 个字`);
  if (story === '') problems.push('字段“案例正文”：请填写案例正文');
  else if (story.length > MAX_STORY) problems.push(`字段“案例正文”：案例正文不能超过 ${MAX_STORY} 个字`);
  const highlights = input.highlights?.map((item) => String(item).trim()).filter((item) => item !== '');
  if (highlights && highlights.length > MAX_HIGHLIGHTS) problems.push(`字段“亮点”：亮点最多 ${MAX_HIGHLIGHTS} 条`);
  if (highlights?.some((item) => item.length > MAX_HIGHLIGHT))
    problems.push(`字段“亮点”：每条亮点不能超过 ${MAX_HIGHLIGHT} 个字`);
  if (problems.length > 0) throw new AppError('INVALID_INPUT', problems.join('；'));
  return { title, story, highlights };
}

/** The enterprise's honours on record (荣誉表彰 still standing), newest first, as tags such as "省级 · 湖北省守合同重信用企业". */
async function honoursOf(db: Kysely<Database>, enterpriseId: number): Promise<string[]> {
  const rows = await listActiveRecordsOfKind(db, enterpriseId, 'honor', MAX_HIGHLIGHTS);
  return rows.map((row) => {
    const name = String((row.fields as Record<string, unknown>).honor_name ?? '');
    return row.grade ? `${row.grade} · ${name}` : name;
  });
}

/**
 * The credit office publishes a 诚信典型案例 (001 §二(九)) on the public portal. Only an enterprise whose current grade
 * is one catalog/public-disclosure.yaml allows can be one, and it has one published case at a time. The case keeps the
 * grade it was chosen with. Audited as `honest_case.published`.
 */
export async function publishHonestCase(db: Kysely<Database>, input: HonestCaseInput): Promise<HonestCase> {
  const { title, story, highlights } = validateInput(input);
  const { eligibleGrades } = loadPublicDisclosureRules().honestCases;
  const uscc = normalizeUscc(String(input.uscc ?? ''));
  const enterprise = await requireEnterprise(db, uscc || String(input.uscc ?? ''));
  const enterpriseId = Number(enterprise.id);
  const grade = (await findCurrentGrades(db, [enterpriseId])).get(enterpriseId);
  if (!grade) throw new AppError('PRECONDITION_FAILED', `${enterprise.name}尚无信用评价结果，不能作为诚信典型案例发布`);
  if (!eligibleGrades.includes(grade.grade)) {
    throw new AppError(
      'PRECONDITION_FAILED',
      `${enterprise.name}现行信用等级为 ${grade.grade} 级，诚信典型案例只选取 ${eligibleGrades.join('、')} 级企业（catalog/public-disclosure.yaml）`,
    );
  }
  const tags = highlights ?? (await honoursOf(db, enterpriseId));
  const id = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('honest_cases')
      .values({
        enterprise_id: enterpriseId,
        title,
        story,
        highlights: JSON.stringify(tags),
        grade: grade.grade,
        grade_as_of: grade.as_of,
        published_by: input.actor,
      })
      .onConflict((conflict) => conflict.column('enterprise_id').where('state', '=', 'published').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!created) {
      const open = await trx
        .selectFrom('honest_cases')
        .select('id')
        .where('enterprise_id', '=', enterpriseId)
        .where('state', '=', 'published')
        .executeTakeFirst();
      throw new AppError(
        'CONFLICT',
        `${enterprise.name}已有一个发布中的诚信典型案例（第 ${open?.id ?? '?'} 号），请先撤回再发布新的`,
      );
    }
    await appendAuditEvent(trx, {
      actor: input.actor,
      action: 'honest_case.published',
      subjectType: 'honest_case',
      subjectId: String(created.id),
      payload: { uscc, title, grade: grade.grade, gradeAsOf: grade.as_of },
    });
    return Number(created.id);
  });
  const found = await selectHonestCases(db).where('c.id', '=', id).executeTakeFirstOrThrow();
  const row = (await nameHonestCases(db, [found]))[0]!;
  return toHonestCase(row, eligibleGrades, await loadHonestCaseActorNames(db, [row]));
}
