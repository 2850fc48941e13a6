import { z } from 'zod';
import { describeSupervisionSettings } from '../../services/grade-use/grade-use-settings.ts';
import { listNoDisturb } from '../../services/grade-use/list-no-disturb.ts';
import { listRiskClassDisagreements } from '../../services/grade-use/list-risk-class-disagreements.ts';
import { writeListXlsx } from '../../services/grade-use/write-list-xlsx.ts';
import { PUBLIC, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** Officials who plan or carry out supervision. */
export const SUPERVISION_STAFF: RouteAccess = {
  admin: 'all',
  department_operator: 'all',
  reviewer: 'all',
  inspector: 'all',
};

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const xlsxResponse = (description: string) => ({
  description,
  content: { [XLSX_MEDIA_TYPE]: { schema: z.string().meta({ format: 'binary' }).describe('Excel 工作簿') } },
});

const NoDisturbItem = z
  .object({
    uscc: z.string(),
    name: z.string(),
    industryCode: z.string().nullable(),
    industryLabel: z.string().nullable().describe('行业名称（国民经济行业分类大类或门类）'),
    grade: z.string().nullable(),
    riskClass: z.string(),
  })
  .meta({ id: 'NoDisturbEnterprise' });

const ClassDisagreementItem = z
  .object({
    uscc: z.string(),
    name: z.string(),
    industryCode: z.string().nullable(),
    samrClass: z.string().describe('市场监管部门作出的企业信用风险分类（A–D）'),
    samrClassifiedOn: z.string().nullable().describe('分类日期'),
    samrAuthority: z.string().nullable().describe('分类机关'),
    grade: z.string().describe('平台信用等级'),
    gradeAsOf: z.string().nullable().describe('平台信用等级的评价基准日'),
    gradeClass: z.string().describe('平台信用等级对应的风险分类'),
  })
  .meta({ id: 'RiskClassDisagreement' });

const CLASS_DISAGREEMENT_HEADERS = [
  '统一社会信用代码',
  '企业名称',
  '行业代码',
  '市场监管风险分类',
  '分类日期',
  '分类机关',
  '平台信用等级',
  '评价基准日',
  '等级对应的风险分类',
];

/** Graded supervision: sampling ratio and frequency per risk class, and the 免打扰 list (000 §二(八)). */
export function registerSupervisionRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.get(
    '/api/supervision/classes',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '分级分类监管：各风险分类的抽查比例与频次',
        description:
          '按市场监管企业信用风险分类（A–D）的抽查比例区间与检查频次，及“免打扰”名单规则（标明是否为本地示例）。',
        tags: ['结果应用'],
        response: {
          200: z.object({
            effectiveFrom: z.string(),
            reference: z.string(),
            referenceText: z.string().describe('依据（文件名称与条款）'),
            isLocalExample: z.boolean().describe('为真时，比例与频次为他地公开示例，尚待本区正式确定'),
            classes: z.array(
              z.object({
                class: z.string(),
                label: z.string(),
                ratio: z.object({ min: z.number(), max: z.number(), default: z.number() }),
                checksPerYear: z.string(),
                maxChecksPerYear: z.number().nullable(),
              }),
            ),
            riskClassSource: z
              .object({
                samrRecordKind: z.string(),
                samrDepartments: z.array(z.string()),
                fallback: z.string(),
                reference: z.string(),
                referenceText: z.string().describe('依据（文件名称与条款）'),
              })
              .describe(
                '风险分类的来源：市场监管部门（samrDepartments）的计划按市场监管部门的企业信用风险分类，无分类时按平台等级；其他部门按平台等级对应的分类',
              ),
            unratedClass: z.string(),
            noDisturb: z.object({
              reference: z.string(),
              referenceText: z.string().describe('依据（文件名称与条款）'),
              grades: z.array(z.string()),
              noActiveNegativeRecords: z.boolean(),
              noOpenObjection: z.boolean(),
              noOpenRepair: z.boolean(),
              isExcludedFromRandomDraw: z.boolean().describe('名单内企业不参加双随机摇号'),
            }),
            inspectionTypes: z
              .array(
                z.object({
                  code: z.string(),
                  isRandom: z.boolean(),
                  basisField: z.string().nullable(),
                  basisLabel: z.string().nullable().describe('非随机检查须填写的依据'),
                  mayTargetNoDisturb: z.boolean(),
                  obeysYearlyLimit: z.boolean(),
                  mayJoinJointVisit: z.boolean(),
                  reference: z.string(),
                }),
              )
              .describe('检查方式：双随机与非随机检查（投诉举报、转办交办、专项检查、风险预警）'),
            inspectionOutcomes: z
              .array(
                z.object({
                  outcome: z.string(),
                  record: z.string(),
                  listingProposal: z
                    .object({ kind: z.string(), subtype: z.string(), department: z.string() })
                    .nullable(),
                  followUp: z.string().nullable(),
                  reference: z.string(),
                }),
              )
              .describe('各检查结果的后续处理：写入的记录、名录列入建议、后续任务'),
          }),
        },
      },
    },
    async () => describeSupervisionSettings(),
  );

  app.get(
    '/api/supervision/no-disturb',
    {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: '“免打扰”企业名单',
        description: '当前等级为无风险等级、无仍在公示期内的负面记录、无未办结异议与修复申请的企业。',
        tags: ['结果应用'],
        response: { 200: z.object({ items: z.array(NoDisturbItem) }) },
      },
    },
    async () => ({
      items: (await listNoDisturb(db)).map(({ uscc, name, industryCode, industryLabel, grade, riskClass }) => ({
        uscc,
        name,
        industryCode,
        industryLabel,
        grade,
        riskClass,
      })),
    }),
  );

  app.get(
    '/api/supervision/no-disturb.xlsx',
    {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: '导出“免打扰”企业名单（Excel）',
        tags: ['结果应用'],
        response: { 200: xlsxResponse('“免打扰”企业名单') },
      },
    },
    async (_request, reply) => {
      const rows = (await listNoDisturb(db)).map((row) => [
        row.uscc,
        row.name,
        row.industryLabel,
        row.industryCode,
        row.grade,
        row.riskClass,
      ]);
      const file = await writeListXlsx(
        '免打扰名单',
        ['统一社会信用代码', '企业名称', '行业', '行业代码', '信用等级', '风险分类'],
        rows,
      );
      setXlsxHeaders(reply, '免打扰名单.xlsx');
      // The workbook goes out as bytes; the schema's string stands for the binary body in the OpenAPI document.
      return reply.send(file as unknown as string);
    },
  );

  registerClassDisagreementRoutes(app, context);
}

/** The SAMR classes that differ from the platform grades' classes, with both dates, and their export. */
function registerClassDisagreementRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;
  app.get(
    '/api/supervision/class-disagreements',
    {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: '市场监管风险分类与平台信用等级不一致的企业',
        description:
          '市场监管部门导入的企业信用风险分类（最新一次）与平台信用等级对应的风险分类不同的企业，列出两者及其日期。市场监管部门的抽查计划按其自己的分类，其他部门按平台信用等级对应的分类。',
        tags: ['结果应用'],
        response: { 200: z.object({ items: z.array(ClassDisagreementItem) }) },
      },
    },
    async () => ({ items: await listRiskClassDisagreements(db) }),
  );

  app.get(
    '/api/supervision/class-disagreements.xlsx',
    {
      config: { access: SUPERVISION_STAFF },
      schema: {
        summary: '导出风险分类与信用等级不一致的企业（Excel）',
        tags: ['结果应用'],
        response: { 200: xlsxResponse('风险分类与信用等级不一致的企业') },
      },
    },
    async (_request, reply) => {
      const rows = (await listRiskClassDisagreements(db)).map((row) => [
        row.uscc,
        row.name,
        row.industryCode,
        row.samrClass,
        row.samrClassifiedOn,
        row.samrAuthority,
        row.grade,
        row.gradeAsOf,
        row.gradeClass,
      ]);
      const file = await writeListXlsx('分类与等级不一致', CLASS_DISAGREEMENT_HEADERS, rows);
      setXlsxHeaders(reply, '风险分类与信用等级不一致的企业.xlsx');
      return reply.send(file as unknown as string);
    },
  );
}

/** Marks the reply as a workbook download with a Chinese file name (the caller sends the bytes). */
export function setXlsxHeaders(
  reply: { type(value: string): unknown; header(name: string, value: string): unknown },
  fileName: string,
): void {
  reply.type(XLSX_MEDIA_TYPE);
  reply.header(
    'content-disposition',
    `attachment; filename="export.xlsx"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
}
