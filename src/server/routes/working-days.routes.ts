import { z } from 'zod';
import { describeActor } from '../../domain/principal.ts';
import { listHolidayYears } from '../../services/calendar/list-holiday-years.ts';
import { loadHolidayYear } from '../../services/calendar/load-holiday-year.ts';
import { principalOf, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** The credit office loads the yearly arrangement; reviewers, who count review deadlines, may see it. */
const CALENDAR_READERS: RouteAccess = { admin: 'all', reviewer: 'all' };
const CALENDAR_LOADERS: RouteAccess = { admin: 'all' };
const TAGS = ['节假日安排'];

const HolidayYearSchema = z
  .object({
    year: z.number().int(),
    reference: z.string().describe('国务院办公厅通知名称与文号'),
    referenceText: z.string().describe('依据：文件名称与条款'),
    isConfirmed: z.boolean().describe('是否已对照通知原文核实'),
    source: z.enum(['catalog', 'loaded']).describe('catalog 随平台发布的节假日安排写入；loaded 由管理人员载入'),
    loadedBy: z.string().describe('载入人账号'),
    loadedByName: z.string().describe('载入人姓名'),
    loadedAt: z.string(),
    holidays: z.array(z.object({ name: z.string(), from: z.string(), to: z.string(), days: z.number().int() })),
    workdays: z.array(z.string()).describe('调休上班日（周末）'),
  })
  .meta({ id: 'HolidayYear' });

/** The holiday calendar: the loaded years, and loading a year from its arrangement file. */
export function registerWorkingDaysRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/working-days/years',
    {
      config: { access: CALENDAR_READERS },
      schema: {
        summary: '已载入的节假日安排',
        description: '工作日期限按这些年度的安排计算；落在未载入年度的期限按现行节假日安排推算，待次年安排公布后更新。',
        tags: TAGS,
        response: {
          200: z.object({
            lastCoveredDay: z.string().nullable().describe('日历覆盖的最后一天'),
            years: z.array(HolidayYearSchema),
          }),
        },
      },
    },
    async () => listHolidayYears(db),
  );

  app.post(
    '/api/working-days/years',
    {
      config: { access: CALENDAR_LOADERS },
      schema: {
        summary: '载入一个年度的节假日安排',
        description:
          '上传国务院办公厅当年部分节假日安排的文件内容（YAML 或 JSON：year 年份，reference 通知名称与文号，holidays 各节日的 name、from、to，workdays 调休上班日）。检查年份与文号、全部法定节假日、日期不重复、调休上班日为周末且不是假日；' +
          '有误时逐项说明行、字段和原因。载入后重新计算受影响的办理期限并通知相关方，记入审计链。',
        tags: TAGS,
        body: z.object({ text: z.string().min(1).max(200_000).describe('安排文件的文本') }),
        response: {
          200: z.object({
            year: z.number().int(),
            reference: z.string(),
            referenceText: z.string().describe('依据：文件名称与条款'),
            holidayDays: z.number().int(),
            workdays: z.number().int(),
            isReplacement: z.boolean().describe('是否替换了此前载入的该年安排'),
            recomputed: z.array(
              z.object({
                subjectType: z.enum(['objection', 'repair_application', 'request']),
                id: z.number().int(),
                previousDueOn: z.string(),
                dueOn: z.string(),
                isCovered: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => loadHolidayYear(db, { text: request.body.text, actor: describeActor(principalOf(request)) }),
  );
}
