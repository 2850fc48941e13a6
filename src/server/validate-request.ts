import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { z } from 'zod';
import { describeAllowedValues } from './field-labels.ts';

const zhCN = z.locales.zhCN().localeError;

/**
 * zod's zh-CN messages, except a missing value ("为必填项") and a number that is not one (query strings arrive as text);
 * a value outside a closed list is described where the schema's descriptions are at hand (validatorCompiler).
 */
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
    const errors: FastifySchemaValidationError[] = result.error.issues.map((issue) => {
      const descriptions = descriptionsAlong(schema, issue.path);
      return {
        keyword: issue.code,
        instancePath: issue.path.map((part) => `/${String(part)}`).join(''),
        schemaPath: '',
        params: {
          labels: descriptions.map((description, index) =>
            typeof issue.path[index] === 'string' && description && SHORT_LABEL.test(description)
              ? description
              : undefined,
          ),
        },
        // A closed list: the choices by their Chinese names, as the form offers them (zod would list the codes).
        message:
          issue.code === 'invalid_value'
            ? `应为以下之一：${describeAllowedValues(issue.values, descriptions.at(-1))}`
            : issue.message,
      };
    });
    return { error: errors as unknown as Error };
  };

/** A description that is a field's name and nothing more (`验证码`, `承诺类型`), not a sentence about it. */
const SHORT_LABEL = /^[\p{Script=Han}（）]{2,12}$/u;

type SchemaDefinition = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType };

/**
 * The schema's description of each step of an issue's path (wrappers included). A short Chinese one is the field's own
 * name (the same field may be called differently on different routes: `code` is 验证码 on the report check); an
 * enum's may name its codes (`open 待处理；confirmed 已确认`).
 */
function descriptionsAlong(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): Array<string | undefined> {
  const labels: Array<string | undefined> = [];
  let current: z.ZodType | undefined = schema;
  for (const part of path) {
    let description: string | undefined;
    // Wrappers (optional, default, nullable…) may carry the description themselves.
    const unwrap = (candidate: z.ZodType | undefined): SchemaDefinition | undefined => {
      let definition = (candidate as unknown as { _zod?: { def: SchemaDefinition } } | undefined)?._zod?.def;
      while (definition?.innerType) {
        description ??= candidate?.description;
        candidate = definition.innerType;
        definition = (candidate as unknown as { _zod: { def: SchemaDefinition } })._zod.def;
      }
      description ??= candidate?.description;
      return definition;
    };
    const definition = unwrap(current);
    description = undefined;
    current =
      definition?.type === 'object' && typeof part === 'string'
        ? definition.shape?.[part]
        : definition?.type === 'array'
          ? definition.element
          : undefined;
    unwrap(current);
    labels.push(description);
  }
  return labels;
}
