import { z } from 'zod';
import { listAuditCheckpoints } from '../../services/audit/make-audit-checkpoint.ts';
import { PUBLIC } from '../access.ts';
import { PageQuery, pageOf } from '../schemas.ts';
import type { ServerContext, ZodApp } from '../server-context.ts';

const TAGS = ['公示'];

export const AuditCheckpointSchema = z
  .object({
    format: z.literal('xinping-audit-checkpoint/1'),
    seq: z.number().int().describe('链头事件序号'),
    headHash: z.string().describe('链头事件的哈希（十六进制）'),
    hashAlgorithm: z.enum(['sm3', 'sha256']).describe('链头事件的哈希算法'),
    madeOn: z.string().describe('检查点日期（北京时间）'),
    madeAt: z.string().describe('签发时间（ISO 8601）'),
    signatureAlgorithm: z
      .enum(['sm2-sm3', 'ecdsa-p256-sha256'])
      .describe('签名算法（sm2-sm3:SM2 签名、SM3 杂凑，区分标识为空）'),
    signature: z
      .string()
      .describe(
        '对 format、seq、headHash、hashAlgorithm、madeOn、madeAt 的规范 JSON（键排序、无空白）的签名，Base64 DER',
      ),
    publicKey: z.string().describe('签名公钥（PEM）'),
    publicKeyFingerprint: z.string().describe('公钥指纹（公钥 DER 的 SM3 或 SHA-256）'),
  })
  .meta({ id: 'AuditCheckpoint' });

const SigningKeySchema = z
  .object({
    algorithm: z.enum(['sm2-sm3', 'ecdsa-p256-sha256']),
    publicKey: z
      .string()
      .describe('平台签名公钥（PEM）：核验检查点与信用报告签名（xinping report verify --public-key）'),
    fingerprint: z.string(),
  })
  .meta({ id: 'PlatformSigningKey' });

/**
 * The audit chain's signed daily checkpoints and the platform's public key, for anyone: a
 * saved checkpoint is what `xinping audit verify --expect-head FILE` holds the platform to.
 */
export function registerAuditCheckpointRoutes(app: ZodApp, context: ServerContext): void {
  app.get(
    '/api/public/audit-checkpoints',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '审计链检查点（每日签名公布）',
        description:
          '每天一次对审计链链头（序号、哈希、时间）的平台签名，新的在前，分页。保存任一检查点（JSON），日后可用 xinping audit verify --expect-head 文件 核对审计链未被改写或截短。',
        tags: TAGS,
        querystring: PageQuery,
        response: { 200: pageOf(AuditCheckpointSchema) },
      },
    },
    async (request) =>
      listAuditCheckpoints(context.store.db, { limit: request.query.limit, offset: request.query.offset }),
  );

  app.get(
    '/api/public/signing-key',
    {
      config: { access: PUBLIC },
      schema: {
        summary: '平台签名公钥',
        description: '签发审计链检查点和信用报告所用的公钥及其指纹，供离线核验。',
        tags: TAGS,
        response: { 200: SigningKeySchema },
      },
    },
    async () => {
      const key = context.signingKey();
      return { algorithm: key.algorithm, publicKey: key.publicKeyPem, fingerprint: key.fingerprint };
    },
  );
}
