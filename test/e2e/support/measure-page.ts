import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/**
 * Where the browser tests write how long each page took to become usable (target: at most 2 s on the demo district).
 * Tests write under the ignored test-output/; `npm run bench:web` runs them with XINPING_WEB_PAGES_RESULTS pointing at
 * the committed bench/results/web-pages.json.
 */
export const WEB_PAGES_RESULTS = path.resolve(
  process.env.XINPING_WEB_PAGES_RESULTS ?? path.join(import.meta.dirname, '../../../test-output/web-pages.json'),
);

export interface PageTiming {
  page: string;
  role: string;
  ms: number;
  date: string;
  loadAverage: number;
}

/**
 * Waits until the page of a route is usable: its `<main data-route=…>` is in the document with no loading indicator
 * left inside (our `data-loading` states, antd spinners and skeletons). Returns the browser's clock at that moment
 * (ms since the document's navigation started). Polled every animation frame.
 */
export async function waitUntilUsable(page: Page, route: string, timeoutMs = 60_000): Promise<number> {
  const handle = await page.waitForFunction(
    (expected) => {
      const main = document.querySelector(`main[data-route="${expected}"]`);
      if (!main || main.querySelector('[data-loading="true"], .ant-spin-spinning, .ant-skeleton-active')) return false;
      return performance.now();
    },
    route,
    { polling: 'raf', timeout: timeoutMs },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * Measures how long a page takes to become usable and records it: `open` is either a URL (a full load: navigation start
 * → usable) or an action in the page such as a click on a menu item (a client-side navigation: the click → usable).
 */
export async function measurePage(
  page: Page,
  options: { name: string; role: string; route: string; open: string | (() => Promise<void>) },
): Promise<number> {
  let ms: number;
  if (typeof options.open === 'string') {
    await page.goto(options.open);
    ms = await waitUntilUsable(page, options.route);
  } else {
    const started = await page.evaluate(() => performance.now());
    await options.open();
    ms = (await waitUntilUsable(page, options.route)) - started;
  }
  ms = Math.round(ms);
  recordTiming({
    page: options.name,
    role: options.role,
    ms,
    date: new Date().toISOString(),
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  });
  return ms;
}

/**
 * Keeps the latest timing of each page and role in WEB_PAGES_RESULTS (test files run in parallel: the
 * read-modify-write happens under a lock directory).
 */
function recordTiming(timing: PageTiming): void {
  fs.mkdirSync(path.dirname(WEB_PAGES_RESULTS), { recursive: true });
  const lock = `${WEB_PAGES_RESULTS}.lock`;
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) fs.rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    const existing = fs.existsSync(WEB_PAGES_RESULTS)
      ? (JSON.parse(fs.readFileSync(WEB_PAGES_RESULTS, 'utf8')) as { pages: PageTiming[] })
      : { pages: [] };
    const pages = existing.pages.filter((entry) => !(entry.page === timing.page && entry.role === timing.role));
    pages.push(timing);
    pages.sort((a, b) => a.page.localeCompare(b.page) || a.role.localeCompare(b.role));
    const document = {
      description:
        '网页从开始导航到主要内容可用（无加载指示）的时间，毫秒；由浏览器端到端测试（test/e2e）测量，演示区县数据。',
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version },
      limitMs: 2000,
      pages,
    };
    fs.writeFileSync(WEB_PAGES_RESULTS, `${JSON.stringify(document, null, 2)}\n`);
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
