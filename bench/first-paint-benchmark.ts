/**
 * First paint on a slow phone connection (npm run bench:first-paint): serves the built web application on a small
 * demo district and opens the login page and the public home in Chromium at phone size, cold cache, with the network
 * throttled to DevTools' “Fast 3G” preset (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up). For each page it
 * records, over a few runs (median):
 *   - first contentful paint (the first text the visitor sees: the static shell in web/index.html),
 *   - the moment the page itself is usable (its `<main data-route>` with no loading indicator left),
 *   - the bytes transferred.
 * Target: content within 1.5 s. Writes bench/results/first-paint.json. Build the web application first
 * (`npm run build:web`).
 *
 *   node --import tsx bench/first-paint-benchmark.ts [--runs 3]
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { waitUntilUsable } from '../test/e2e/support/measure-page.ts';
import { startDemoPlatform } from '../test/e2e/support/start-demo-platform.ts';
import { writeBenchResult } from './bench-record.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
const runs = Number(values.runs);

/** Chrome DevTools' “Fast 3G” preset (front_end/core/sdk/NetworkManager.ts): 1.6 Mbit/s and 750 kbit/s at 90 %, 150 ms × 3.75. */
const FAST_3G = {
  offline: false,
  latency: 562.5,
  downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9,
  uploadThroughput: ((750 * 1024) / 8) * 0.9,
};
const TARGET_MS = 1500;
const PAGES = [
  { name: '登录页', url: '/login', route: '/login' },
  { name: '公众门户首页', url: '/public', route: '/public' },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const platform = await startDemoPlatform({ enterprises: 60 });
// Debian's Chromium, as in the browser tests (test/e2e/support/browser.ts, which registers test hooks: not imported here).
const browser = await chromium.launch({
  executablePath: process.env.XINPING_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
const results = [];
try {
  for (const target of PAGES) {
    const samples: Array<{ firstContentfulPaintMs: number; usableMs: number; bytes: number }> = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({
        baseURL: platform.url,
        locale: 'zh-CN',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', FAST_3G);
      let bytes = 0;
      cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
        bytes += event.encodedDataLength;
      });
      await page.goto(target.url, { waitUntil: 'commit' });
      const usableMs = await waitUntilUsable(page, target.route, 120_000);
      const firstContentfulPaintMs = await page.evaluate(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
      );
      samples.push({
        firstContentfulPaintMs: Math.round(firstContentfulPaintMs),
        usableMs: Math.round(usableMs),
        bytes,
      });
      await context.close();
    }
    const firstContentfulPaintMs = median(samples.map((sample) => sample.firstContentfulPaintMs));
    results.push({
      page: target.name,
      url: target.url,
      firstContentfulPaintMs,
      usableMs: median(samples.map((sample) => sample.usableMs)),
      kilobytes: Math.round(median(samples.map((sample) => sample.bytes)) / 1024),
      isWithinTarget: firstContentfulPaintMs <= TARGET_MS,
      samples,
    });
    console.log(
      `${target.name}：首次出现内容 ${firstContentfulPaintMs} 毫秒，可用 ${median(samples.map((sample) => sample.usableMs))} 毫秒`,
    );
  }
} finally {
  await browser.close();
  await platform.close();
}

const document = {
  description:
    '手机（390×844）在模拟“Fast 3G”网络（延迟 562.5 毫秒，下行 1.44 Mbit/s，上行 675 kbit/s）、不使用缓存时打开页面：首次出现内容（first contentful paint）与页面可用（主要内容加载完成）的时间，毫秒，取多次的中位数；目标为 1.5 秒内出现内容。',
  command: 'npm run --silent build:web && node --import tsx bench/first-paint-benchmark.ts',
  network: FAST_3G,
  targetMs: TARGET_MS,
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    node: process.version,
    loadAverage: Math.round(os.loadavg()[0] * 100) / 100,
  },
  pages: results,
};
const file = path.join(ROOT, 'bench/results/first-paint.json');
writeBenchResult(path.basename(file, '.json'), document);
console.log(`已写入 ${path.relative(ROOT, file)}`);
