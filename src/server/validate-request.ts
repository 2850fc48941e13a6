import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';

const zhCN = z.locales.zhCN().localeError;

/** zod's zh-CN messages, except a missing value ("为必填项") and a number that is not one (query strings arrive as text). */
const chineseMessage: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) return '为必填项';
  if (issue.code === 'invalid_type' && issue.expected === 'number') return `应为数字（收到“${String(issue.input)}”）`;
  return zhCN(issue);
};

/**
 * Validates requests with the route's zod schemas (the same ones the OpenAPI document is generated from) and
 * reports each problem with its field path and a Chinese message; the error handler turns them into one sentence.
 */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { error: chineseMessage });
    if (result.success) return { value: result.data };
    const errors: FastifySchemaValidationError[] = result.error.issues.map((issue) => ({
      keyword: issue.code,
      instancePath: issue.path.map((part) => `/${String(part)}`).join(''),
      schemaPath: '',
      params: {},
      message: issue.message,
    }));
    return { error: errors as unknown as Error };
  };
