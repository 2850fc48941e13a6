import { z } from 'zod';
import { AppError } from '../../domain/app-error.ts';
import { describeActor } from '../../domain/principal.ts';
import {
  declareInspectorConflict,
  listInspectorConflicts,
  removeInspectorConflict,
} from '../../services/grade-use/inspector-conflicts.ts';
import { principalOf, scopeOf, type RouteAccess } from '../access.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

/** An inspector declares and sees their own conflicts; the departments that plan draws, and the admin, all of them. */
const CONFLICT_ACCESS: RouteAccess = { admin: 'all', department_operator: 'all', inspector: 'own-account' };
/** Only officials withdraw a conflict: one the conflicted inspector could withdraw would keep nobody away. */
const CONFLICT_REMOVERS: RouteAccess = { admin: 'all', department_operator: 'all' };

const ConflictSchema = z
  .object({
    inspector: z.string().describe('检查人员账号'),
    inspectorName: z.string().describe('检查人员姓名'),
    uscc: z.string(),
    name: z.string().describe('企业名称'),
    reason: z.string().describe('回避事由'),
    createdBy: z.string().describe('登记人账号'),
    createdByName: z.string().describe('登记人姓名'),
    createdAt: z.string(),
  })
  .meta({ id: 'InspectorConflict' });

const UsccField = z.string().trim().min(1).max(30).describe('企业统一社会信用代码');
const InspectorField = z.string().trim().min(1).max(64).describe('检查人员账号');

/**
 * 回避: who must not inspect which enterprise. Every draw reads the declared conflicts and publishes
 * them with its inputs (inspection-plans.ts), so a declared conflict keeps the inspector away from the enterprise.
 */
export function registerInspectorConflictRoutes(app: ZodApp, context: ServerContext): void {
  const { db } = context.store;

  app.post(
    '/api/inspector-conflicts',
    {
      config: { access: CONFLICT_ACCESS },
      schema: {
        summary: '登记检查人员回避关系',
        description:
          '检查人员与企业存在利害关系（近亲属任职、曾在该企业任职、办理过其案件等）时登记，此后摇号不会派该检查人员检查该企业。检查人员只能为本人登记；须写明事由。',
        tags: ['双随机'],
        body: z.object({
          inspector: InspectorField.optional().describe('检查人员账号；检查人员本人登记时可省略'),
          uscc: UsccField,
          reason: z.string().max(500).describe('回避事由'),
        }),
        response: { 201: ConflictSchema },
      },
    },
    async (request, reply) => {
      const principal = principalOf(request);
      const isOwn = scopeOf(request) === 'own-account';
      const inspector = request.body.inspector ?? (isOwn ? principal.username : undefined);
      if (!inspector) throw new AppError('INVALID_INPUT', '请填写检查人员账号（inspector）');
      if (isOwn && inspector !== principal.username) throw new AppError('FORBIDDEN', '检查人员只能为本人登记回避关系');
      const conflict = await declareInspectorConflict(db, {
        inspector,
        uscc: request.body.uscc,
        reason: request.body.reason,
        actor: describeActor(principal),
      });
      return reply.code(201).send(conflict);
    },
  );

  app.get(
    '/api/inspector-conflicts',
    {
      config: { access: CONFLICT_ACCESS },
      schema: {
        summary: '检查人员回避关系列表',
        description: '检查人员只看到本人的回避关系。',
        tags: ['双随机'],
        querystring: z.object({
          inspector: z.string().optional().describe('按检查人员筛选'),
          uscc: z.string().optional().describe('按企业筛选'),
        }),
        response: { 200: z.object({ items: z.array(ConflictSchema) }) },
      },
    },
    async (request) => {
      const inspector = scopeOf(request) === 'own-account' ? principalOf(request).username : request.query.inspector;
      return { items: await listInspectorConflicts(db, { inspector, uscc: request.query.uscc }) };
    },
  );

  app.delete(
    '/api/inspector-conflicts',
    {
      config: { access: CONFLICT_REMOVERS },
      schema: {
        summary: '撤销检查人员回避关系',
        description: '登记有误或利害关系已消除时撤销，须写明理由；撤销记入审计日志。',
        tags: ['双随机'],
        querystring: z.object({
          inspector: InspectorField,
          uscc: UsccField,
          reason: z.string().max(500).describe('撤销理由'),
        }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await removeInspectorConflict(db, { ...request.query, actor: describeActor(principalOf(request)) });
      return reply.code(204).send(null);
    },
  );
}
