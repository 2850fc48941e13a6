import fastifyHelmet from '@fastify/helmet';
import type { ZodApp } from './server-context.ts';

/**
 * The policy of the web application and the API reference: scripts and styles only from the platform itself (the
 * built app has no inline script), inline style attributes allowed because antd and ECharts set them from
 * JavaScript, images also as data: URLs (icons, charts), no plugins, no framing by anyone (clickjacking), forms and
 * <base> only to the platform. Frames only from blob: URLs the app made itself: a reviewer reads a PDF attachment in
 * the browser's viewer (the app re-types the bytes as application/pdf; the file route itself refuses framing).
 */
const APP_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameSrc: ['blob:'],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * HTML the API produces from data (credit reports, bulletins): opened in a sandbox, so no script in it could run
 * even if some field escaped the renderer; it may use only its own inline styles and embedded images.
 */
export const GENERATED_HTML_POLICY =
  "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every response: the CSP above (the sandbox one for generated HTML), no
 * Referer to other sites (report numbers and enterprise codes live in URLs), nosniff, no framing, and HSTS when the
 * platform is served over HTTPS (the secure-cookie setting says so).
 */
export async function registerSecurityHeaders(app: ZodApp, options: { isHttps: boolean }): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: APP_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.isHttps ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
    // Report verification links are opened from other sites' pages and printed QR codes: same-site only for fetches.
    crossOriginResourcePolicy: { policy: 'same-site' },
  });
  app.addHook('onSend', async (request, reply) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html') && !request.routeOptions.config?.isWebAsset && !request.url.startsWith('/docs')) {
      reply.header('content-security-policy', GENERATED_HTML_POLICY);
    }
  });
}
