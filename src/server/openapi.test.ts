import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describeOnEachEngine } from '../../test/support/stores.ts';
import { renderAuthorizationMatrix, toOpenApiPath } from './authorization-matrix.ts';
import { buildServer } from './build-server.ts';
import type { ZodApp } from './server-context.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describeOnEachEngine('the OpenAPI document', (current) => {
  let app: ZodApp;
  let document: any;
  before(async () => {
    app = await buildServer(current());
    const response = await app.inject({ method: 'GET', url: '/openapi.json' });
    assert.equal(response.statusCode, 200);
    document = response.json();
  });
  after(async () => {
    await app?.close();
  });

  test('is a valid OpenAPI 3 document according to an independent validator', async () => {
    const result = await new Validator().validate(structuredClone(document));
    assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
    assert.match(document.openapi, /^3\./);
  });

  test('lists every registered API route, and nothing else', () => {
    const registered = app.apiRoutes.map((route) => `${route.method} ${toOpenApiPath(route.url)}`).sort();
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>)
      .flatMap(([url, operations]) =>
        METHODS.filter((method) => operations[method]).map((method) => `${method.toUpperCase()} ${url}`),
      )
      .sort();
    assert.ok(registered.length >= 16);
    assert.deepEqual(documented, registered);
  });

  test('gives every operation a Chinese summary, its access rule, and the shared error shape for its errors', () => {
    for (const [url, operations] of Object.entries(document.paths as Record<string, Record<string, any>>)) {
      for (const method of METHODS) {
        const operation = operations[method];
        if (!operation) continue;
        const name = `${method.toUpperCase()} ${url}`;
        assert.match(operation.summary ?? '', /[\u4e00-\u9fff]/, `${name} has a Chinese summary`);
        assert.ok(operation['x-access'], `${name} declares x-access`);
        assert.match(operation.description, /权限：/, `${name} states its access in the description`);
        assert.ok(operation.responses['500'], `${name} documents 500`);
        for (const [status, response] of Object.entries(operation.responses as Record<string, any>)) {
          if (Number(status) < 400) continue;
          const schema = response.content['application/json'].schema;
          assert.equal(
            schema.allOf?.[0]?.$ref ?? schema.$ref,
            '#/components/schemas/Error',
            `${name} ${status} uses the error shape`,
          );
        }
      }
    }
  });

  test('names rules, not the repository: no description or summary cites a catalog file, a repository note or a clause by its number in the repository', () => {
    const found: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${at}[${index}]`));
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'description' || key === 'summary') && typeof value === 'string') {
            if (/\.ya?ml\b|DOMAIN\.md|README|§|\b00\d\s*(?:附件|结尾)/.test(value))
              found.push(`${at}.${key}：${value}`);
          } else visit(value, `${at}.${key}`);
        }
    };
    visit(document, '');
    assert.deepEqual(found, []);
  });

  test('describes both ways to authenticate', () => {
    assert.deepEqual(document.components.securitySchemes.sessionCookie, {
      type: 'apiKey',
      in: 'cookie',
      name: 'xp_session',
      description: '登录后由 /api/auth/login 设置的会话 Cookie',
    });
    assert.equal(document.components.securitySchemes.bearerToken.scheme, 'bearer');
    assert.deepEqual(document.paths['/api/catalog/kinds'].get.security, [], 'public routes need no credentials');
  });

  test('the interactive API reference is served at /docs', async () => {
    const page = await app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /swagger-ui/i);
  });

  test('docs/authorization.md is the matrix generated from the route declarations (run scripts/write-authorization-matrix.ts after changing a route)', () => {
    const written = fs.readFileSync(path.join(ROOT, 'docs', 'authorization.md'), 'utf8');
    assert.equal(written, renderAuthorizationMatrix(app.apiRoutes));
  });
});
