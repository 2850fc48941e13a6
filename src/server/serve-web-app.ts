import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodApp } from './server-context.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route of the web application (static files, the SPA fallback): not part of the API, no access rule. */
    isWebAsset?: boolean;
  }
}

/** `web/dist`, where `npm run build:web` writes the browser application. */
const DEFAULT_WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Paths the server itself answers; the web application's fallback never hides them behind index.html. */
const SERVER_PREFIXES = ['/api', '/openapi.json', '/docs', '/verify', '/healthz', '/readyz', '/metrics'];

function isServerPath(pathname: string): boolean {
  return SERVER_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/** Shown at `/` when the web application has not been built: the API still works, the page says how to build it. */
const NOT_BUILT_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>信评 xinping</title></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.7">
<h1>信评 —— 科创企业公共信用综合评价平台</h1>
<p>网页界面尚未构建。请在项目目录运行 <code>npm run build:web</code>（或直接 <code>npm start</code>，它会先构建网页界面），然后刷新本页。</p>
<p>接口服务已在运行：<a href="/docs">接口文档</a> · <a href="/openapi.json">OpenAPI</a></p>
</body></html>
`;

/**
 * Serves the browser application from the platform's own server: files of `web/dist` by path, and
 * `index.html` for every other GET that is not an API or documentation path, so the client-side router can handle
 * deep links such as /admin/enterprises/… on reload. Hashed files under /assets are cached for a year; index.html is
 * revalidated on every load, so a new build is picked up at once.
 */
export async function registerWebApp(app: ZodApp, webDist: string = DEFAULT_WEB_DIST): Promise<void> {
  const indexFile = path.join(webDist, 'index.html');
  await app.register(async (web) => {
    // Registered in its own context: @fastify/swagger-ui decorates replies with the same plugin in another one.
    await web.register(fastifyStatic, { root: webDist, serve: false, preCompressed: true });
    const config = { isWebAsset: true, rateLimit: false } as const;
    const serve = async (request: FastifyRequest, reply: FastifyReply) => {
      const pathname = decodeURIComponent(request.url.split('?')[0]);
      if (isServerPath(pathname)) return reply.callNotFound();
      if (!fs.existsSync(indexFile)) return reply.type('text/html; charset=utf-8').send(NOT_BUILT_PAGE);
      const relative = pathname.replace(/^\/+/, '');
      if (relative && isFileUnder(webDist, relative)) {
        const immutable = relative.startsWith('assets/');
        return reply.sendFile(relative, {
          cacheControl: true,
          maxAge: immutable ? 365 * 24 * 3600 * 1000 : 0,
          immutable,
        });
      }
      // A missing /assets file is a stale page asking for an old build's chunk: a 404, not index.html.
      if (relative.startsWith('assets/')) return reply.callNotFound();
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { cacheControl: false });
    };
    web.get('/', { config, schema: { hide: true } }, serve);
    web.get('/*', { config, schema: { hide: true } }, serve);
  });
}

function isFileUnder(root: string, relative: string): boolean {
  const file = path.resolve(root, relative);
  if (!file.startsWith(root + path.sep)) return false;
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
