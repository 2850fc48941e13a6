import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import JSZip from 'jszip';
import { describeOnEachEngine } from '../support/stores.ts';
import { ROLES, type Audience, type Role } from '../../src/domain/roles.ts';
import { createServerFixture, type ServerFixture } from '../../src/server/server-test-fixture.ts';
import { ensurePublishedModel } from '../../src/services/evaluation/ensure-published-model.ts';

/**
 * SQL injection, script injection, NUL and invalid Unicode in every text parameter of every operation,
 * taken from the OpenAPI document the server generates, so a new route is probed without touching this file. Each
 * operation is called as an audience its access rule serves, with a body built from its schema in which one string
 * field at a time carries the payload. Never a 500; NUL and invalid Unicode are a 400; HTML never echoes a payload
 * unescaped. A masking scan then reads every GET operation as every role and looks for personal data in clear.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  $ref?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  default?: unknown;
  minimum?: number;
  minItems?: number;
  format?: string;
  pattern?: string;
};
type Operation = {
  parameters?: Array<{ in: string; name: string; schema: Schema }>;
  requestBody?: { content: Record<string, { schema: Schema }> };
  'x-access'?: Partial<Record<Audience, string>>;
};

const INJECTIONS = [
  "' OR '1'='1' --",
  '1); drop table users; --',
  '<script>alert("xp")</script>',
  '"><img src=x onerror=alert(1)>',
];
const MALFORMED = ['a\u0000b', '\ud800'];
/** Mutations with a path parameter get an id that does not exist: the probe must not change the fixture's accounts. */
const MISSING_ID = '999999';
/** Ends the session the probes use; it has its own test. */
const SKIPPED = new Set(['POST /api/auth/logout']);

describeOnEachEngine('hostile input', (current) => {
  let fixture: ServerFixture;
  let document: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const sessions = new Map<Role, string>();

  before(async () => {
    fixture = await createServerFixture(current(), { limits: { requestsPerMinute: 1_000_000 } });
    await ensurePublishedModel(current());
    document = (await fixture.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    for (const role of ROLES) sessions.set(role, await fixture.logIn(role));
  });
  after(async () => {
    await fixture?.close();
  });

  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop()!]!) : schema;

  /** A value the schema accepts as far as cheaply possible: required fields only, first enum member, smallest size. */
  function sample(raw: Schema): unknown {
    const schema = resolve(raw);
    const variant = schema.anyOf ?? schema.oneOf;
    if (variant) return sample(variant.find((option) => resolve(option).type !== 'null') ?? variant[0]!);
    if (schema.allOf) return sample(schema.allOf[0]!);
    if (schema.enum) return schema.enum[0];
    if (schema.default !== undefined) return schema.default;
    const type = [schema.type].flat()[0];
    if (type === 'object')
      return Object.fromEntries((schema.required ?? []).map((name) => [name, sample(schema.properties?.[name] ?? {})]));
    if (type === 'array') return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}));
    if (type === 'integer' || type === 'number') return schema.minimum ?? 1;
    if (type === 'boolean') return false;
    return schema.format === 'date' || schema.pattern?.includes('\\d{4}') ? '2026-01-01' : 'x';
  }

  /** Paths (as key lists) of every string field in a body schema, nested objects and string arrays included. */
  function stringFields(raw: Schema, path: string[] = [], depth = 0): string[][] {
    const schema = resolve(raw);
    if (depth > 3) return [];
    const variant = schema.anyOf ?? schema.oneOf;
    if (variant)
      return stringFields(variant.find((option) => resolve(option).type !== 'null') ?? variant[0]!, path, depth);
    const type = [schema.type].flat()[0];
    if (type === 'string' && !schema.enum) return [path];
    if (type === 'array' && schema.items) return stringFields(schema.items, [...path, '0'], depth + 1);
    if (type === 'object')
      return Object.entries(schema.properties ?? {}).flatMap(([name, property]) =>
        stringFields(property, [...path, name], depth + 1),
      );
    return [];
  }

  function withValue(body: unknown, path: string[], value: unknown): unknown {
    if (path.length === 0) return value;
    const [head, ...rest] = path as [string, ...string[]];
    const copy: any = Array.isArray(body) ? [...body] : { ...(body as object) };
    const inner = copy[head] ?? (rest[0] === '0' ? [] : {});
    copy[head] = withValue(inner, rest, value);
    return copy;
  }

  /** Who to call an operation as: an official with scope 'all' if one is served, else any served audience. */
  function callerOf(operation: Operation): Audience {
    const access = operation['x-access'] ?? {};
    const served = (Object.keys(access) as Audience[]).filter((audience) => audience !== 'anonymous');
    return served.find((audience) => access[audience] === 'all') ?? served[0] ?? 'anonymous';
  }

  function pathFor(path: string, method: string): string {
    return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
      if (method !== 'get') return MISSING_ID;
      if (name === 'uscc') return fixture.enterpriseA;
      if (name === 'id' || name === 'seq') return '1';
      return 'x';
    });
  }

  const send = (audience: Audience, request: InjectOptions) =>
    fixture.app.inject(
      audience === 'anonymous' ? request : { ...request, cookies: { xp_session: sessions.get(audience)! } },
    );

  test('no text parameter of any operation answers 500 or echoes script unescaped; NUL and invalid Unicode answer 400', async () => {
    const failures: string[] = [];
    let probes = 0;
    const check = async (label: string, audience: Audience, request: InjectOptions, payload: string) => {
      const response = await send(audience, request);
      probes += 1;
      const isMalformed = MALFORMED.includes(payload);
      if (response.statusCode >= 500) failures.push(`${label}: ${response.statusCode} ${response.body.slice(0, 200)}`);
      else if (isMalformed && response.statusCode !== 400)
        failures.push(`${label}: malformed text answered ${response.statusCode}`);
      const type = String(response.headers['content-type'] ?? '');
      if (
        type.startsWith('text/html') &&
        (response.body.includes('<script>alert') || response.body.includes('<img src=x'))
      )
        failures.push(`${label}: payload echoed in HTML`);
    };
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${path}`;
        if (SKIPPED.has(route)) continue;
        const audience = callerOf(operation);
        const url = pathFor(path, method);
        const bodySchema = operation.requestBody?.content['application/json']?.schema;
        const body = bodySchema ? sample(bodySchema) : undefined;
        for (const parameter of operation.parameters ?? []) {
          if (parameter.in !== 'query' && parameter.in !== 'path') continue;
          for (const payload of [...INJECTIONS, ...MALFORMED]) {
            // encodeURIComponent refuses a lone surrogate; these are the bytes a client would send for it.
            const encoded = payload === '\ud800' ? '%ED%A0%80' : encodeURIComponent(payload);
            const target =
              parameter.in === 'query'
                ? `${url}?${parameter.name}=${encoded}`
                : pathFor(path.replace(`{${parameter.name}}`, encoded), method);
            await check(
              `${route} ${parameter.in} ${parameter.name} ${JSON.stringify(payload)}`,
              audience,
              {
                method: method.toUpperCase() as InjectOptions['method'],
                url: target,
                ...(body === undefined ? {} : { payload: body as object }),
              },
              payload,
            );
          }
        }
        if (!bodySchema) continue;
        for (const field of stringFields(bodySchema)) {
          for (const payload of [...INJECTIONS, ...MALFORMED]) {
            const request: InjectOptions = {
              method: method.toUpperCase() as InjectOptions['method'],
              url,
              headers: { 'content-type': 'application/json' },
              payload: JSON.stringify(withValue(body, field, payload)),
            };
            await check(`${route} body ${field.join('.')} ${JSON.stringify(payload)}`, audience, request, payload);
          }
        }
      }
    }
    assert.ok(probes > 1000, `only ${probes} probes: did the OpenAPI document lose its parameters?`);
    assert.deepEqual(failures, []);
    const users = await current().db.selectFrom('users').select('id').execute();
    assert.ok(users.length >= ROLES.length, 'the accounts table survived the injections');
  });

  /** The text a reader would see: an Excel file's sheets and shared strings unzipped (PDF text is compressed: not scanned). */
  async function readableText(payload: Buffer, type: string): Promise<string> {
    if (!type.includes('spreadsheetml')) return payload.toString('utf8');
    const zip = await JSZip.loadAsync(payload);
    const parts = await Promise.all(
      Object.values(zip.files)
        .filter((file) => file.name.endsWith('.xml'))
        .map((file) => file.async('string')),
    );
    return parts.join('\n');
  }

  test('no GET response to any role shows an identity number or a legal representative name in clear', async () => {
    const exposures: string[] = [];
    let reads = 0;
    let spreadsheets = 0;
    for (const [path, operations] of Object.entries(document.paths)) {
      const operation = operations.get;
      if (!operation) continue;
      const access = operation['x-access'] ?? {};
      for (const audience of Object.keys(access) as Audience[]) {
        const response = await send(audience, { method: 'GET', url: pathFor(path, 'get') });
        if (response.statusCode !== 200) continue;
        reads += 1;
        if (String(response.headers['content-type']).includes('spreadsheetml')) spreadsheets += 1;
        const text = await readableText(response.rawPayload, String(response.headers['content-type'] ?? ''));
        if (text.includes(fixture.personalIdNumber)) exposures.push(`${path} as ${audience}: identity number`);
        if (text.includes('张三明')) exposures.push(`${path} as ${audience}: legal representative name`);
      }
    }
    assert.ok(reads > 100, `only ${reads} successful reads: the scan reached too little`);
    assert.ok(spreadsheets > 5, `only ${spreadsheets} Excel exports scanned`);
    assert.deepEqual(exposures, []);
  });
});
