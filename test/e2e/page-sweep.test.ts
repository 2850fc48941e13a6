import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadIncubators } from '../../src/catalog/incubators.ts';
import { todayInDistrict } from '../../src/domain/district-date.ts';
import type { Role } from '../../src/domain/roles.ts';
import { createInspectionPlan, drawInspectionPlan } from '../../src/services/grade-use/inspection-plans.ts';
import { logIn, waitForAnimationsToEnd } from './support/browser.ts';
import { waitUntilUsable } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

/**
 * Every page of every audience, at a desktop (1280×800) and a phone (390×844) size, read as its user reads it: no
 * developer internals or codes in the text, full-width punctuation after Chinese, no serious or critical accessibility
 * violation (axe-core against WCAG 2.1 AA, which GB/T 37668-2019 follows), no table wider than its container on the
 * desktop, no table column too narrow for two Chinese characters (its text broken one character a line), no page wider than the phone's screen, no script error. Each page is saved as a screenshot at both sizes; test-output/screenshots/index.html shows
 * them side by side with what each check found.
 */

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

const SCREENSHOTS = path.resolve(import.meta.dirname, '../../test-output/screenshots');
const SWEEP_DIR = path.join(SCREENSHOTS, 'sweep');

/** The audiences of the platform: each role's demo account, and the anonymous public. */
const AUDIENCES: Array<{ role: Role | 'public'; label: string }> = [
  { role: 'admin', label: '系统管理员' },
  { role: 'security_admin', label: '安全管理员' },
  { role: 'audit_admin', label: '审计管理员' },
  { role: 'department_operator', label: '数据报送单位' },
  { role: 'reviewer', label: '审核员' },
  { role: 'inspector', label: '检查人员' },
  { role: 'enterprise', label: '企业' },
  { role: 'bank', label: '金融机构' },
  { role: 'association', label: '行业协会' },
  { role: 'public', label: '公众' },
];

/** Text a user should never read: repository paths, clause numbers of our own docs, codes and raw JSON. */
const DEVELOPER_PATTERNS: Array<{ name: string; pattern: RegExp }> = [
  { name: '条款符号 §', pattern: /§/ },
  { name: '配置文件名 .yaml', pattern: /\.ya?ml\b/i },
  { name: '文档名 README', pattern: /README/ },
  { name: '文档名 DOMAIN.md', pattern: /DOMAIN\.md/ },
  { name: '代码 snake_case', pattern: /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/ },
  { name: '原始 JSON', pattern: /\{"/ },
  { name: '模型代码', pattern: /\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\/v\d+\b/ },
];

/** A half-width comma, semicolon, colon or parenthesis right after a Chinese character (GB/T 15834 wants full width). */
const HALF_WIDTH_AFTER_CJK = /[\p{Script=Han}][,;:()]/u;

/**
 * Layout checks known to fail on pages whose layout is being reworked (reviewer tables, inspector pages, operator
 * import, list filters): they are reported, not hidden. Remove an entry once its page passes.
 */
const KNOWN_LAYOUT_GAPS: Array<{ route: string; check: Check; reason: string }> = [];

/** How long one page may take to open, settle, be photographed and checked at one size (axe-core included). */
const PAGE_TIME_LIMIT_MS = 90_000;

/** Runs `work` unless it takes longer than `ms`; the answer says which happened. */
async function withTimeLimit(ms: number, work: () => Promise<void>): Promise<'done' | 'timed out'> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<'timed out'>((resolve) => {
    timer = setTimeout(() => resolve('timed out'), ms);
  });
  try {
    return await Promise.race([work().then(() => 'done' as const), limit]);
  } finally {
    clearTimeout(timer);
  }
}

type Check = '开发者用语' | '半角标点' | '无障碍' | '表格超宽' | '列宽过窄' | '页面超宽' | '页面错误';

interface Finding {
  check: Check;
  detail: string;
}
interface Visit {
  audience: string;
  role: string;
  route: string;
  url: string;
  title: string;
  size: Size;
  screenshot: string;
  findings: Finding[];
  knownGaps: Finding[];
}

const visits: Visit[] = [];

/**
 * The route table of the web application (the same one that builds the menus). Loading it needs a `window` (the API
 * client reads its origin) and React in scope; the stand-in window is removed at once, since PGlite takes its presence
 * for a browser.
 */
async function loadRoutes(): Promise<
  Array<{ path: string; title: string; portal: string; roles: readonly string[] | 'everyone' }>
> {
  const scope = globalThis as unknown as { window?: unknown; React?: unknown };
  scope.window = { location: { origin: 'http://127.0.0.1' } };
  scope.React ??= (await import('react')).default;
  try {
    // Through a variable: the server's type check does not compile the web application's JSX.
    const routesFile = '../../web/src/routes.tsx';
    const { ROUTES } = (await import(routesFile)) as { ROUTES: Awaited<ReturnType<typeof loadRoutes>> };
    return ROUTES;
  } finally {
    delete scope.window;
  }
}

/** Each sentence-like stretch of the rendered text containing a match, for an exact failure message. */
function excerpts(text: string, pattern: RegExp): string[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const found = new Set<string>();
  for (const match of text.matchAll(global)) {
    const start = Math.max(0, match.index - 20);
    found.add(
      text
        .slice(start, match.index + match[0].length + 20)
        .replace(/\s+/g, ' ')
        .trim(),
    );
    if (found.size >= 5) break;
  }
  return [...found];
}

async function inspectPage(page: Page, size: Size, errors: string[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  const text = await page.evaluate(() => document.body.innerText);
  for (const { name, pattern } of DEVELOPER_PATTERNS) {
    for (const excerpt of excerpts(text, pattern))
      findings.push({ check: '开发者用语', detail: `${name}：“${excerpt}”` });
  }
  for (const excerpt of excerpts(text, HALF_WIDTH_AFTER_CJK))
    findings.push({ check: '半角标点', detail: `“${excerpt}”` });

  // Frames left out: the one page with a frame (进度通报) shows the server's bulletin in a sandbox without scripts, where
  // axe-core's run never returns (the sweep hung there, even with `iframes: false`); the bulletin is the server's own
  // printable document.
  // Every finite animation and transition run to its end first (a submenu opening, a selected item's colour): the
  // full-page screenshot just taken resizes the page and can start them again, and axe-core measured a menu item's
  // text half faded in as a contrast failure (the screenshot showed it fully drawn).
  await waitForAnimationsToEnd(page);
  const axe = await new AxeBuilder({ page })
    .exclude('iframe')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  for (const violation of axe.violations.filter(
    (candidate) => candidate.impact === 'serious' || candidate.impact === 'critical',
  )) {
    const targets = violation.nodes
      .slice(0, 3)
      .map((node) => `${node.target.join(' ')}（${(node.failureSummary ?? '').replace(/\s+/g, ' ').trim()}）`);
    findings.push({
      check: '无障碍',
      detail: `${violation.id}（${violation.impact}）${violation.help}；${violation.nodes.length} 处：${targets.join('；')}`,
    });
  }

  if (size === 'desktop') {
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main table')].flatMap((table) => {
        const container = table.closest('.ant-table') ?? table.parentElement;
        if (!container || table.getBoundingClientRect().width <= container.getBoundingClientRect().width + 1) return [];
        const caption =
          table.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent ??
          [...table.querySelectorAll('th')]
            .slice(0, 3)
            .map((th) => th.textContent)
            .join('、');
        return [
          `表格“${caption}”宽 ${Math.round(table.getBoundingClientRect().width)} 像素，容器宽 ${Math.round(container.getBoundingClientRect().width)} 像素`,
        ];
      }),
    );
    for (const detail of wide) findings.push({ check: '表格超宽', detail });
  }
  for (const detail of await findSqueezedCells(page)) findings.push({ check: '列宽过窄', detail });
  if (size === 'phone') {
    // On a phone nothing may push the page sideways: wide content scrolls inside its own card, or becomes cards.
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      screen: window.innerWidth,
    }));
    if (overflow.page > overflow.screen + 1)
      findings.push({
        check: '页面超宽',
        detail: `页面宽 ${overflow.page} 像素，超出 ${overflow.screen} 像素的手机屏幕，需左右滑动`,
      });
  }
  for (const error of errors) findings.push({ check: '页面错误', detail: error });
  return findings;
}

/**
 * Table headers and cells whose text box is narrower than two Chinese characters of their own font while their text
 * (more than one character) runs over several lines: a column squeezed so that it reads one character a line. Empty
 * cells, the selection and expand columns and cells holding only an icon or a checkbox have no text and are skipped.
 * One finding per column of a table, naming its heading.
 */
async function findSqueezedCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const squeezedColumns = new Set<number>();
      for (const cell of table.querySelectorAll<HTMLTableCellElement>('th, td')) {
        if (cell.closest('table') !== table || squeezedColumns.has(cell.cellIndex)) continue;
        const text = cell.innerText.replace(/\s+/g, '');
        if ([...text].length < 2) continue;
        const box = cell.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue; // antd's hidden measuring row
        const style = getComputedStyle(cell);
        const fontSize = Number.parseFloat(style.fontSize);
        const contentWidth = box.width - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
        if (contentWidth >= 2 * fontSize) continue;
        const range = document.createRange();
        range.selectNodeContents(cell);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size < 2) continue;
        squeezedColumns.add(cell.cellIndex);
        const heading =
          table.querySelector('thead tr:last-child')?.children[cell.cellIndex]?.textContent?.trim() || text;
        const caption =
          table.closest('.ant-card')?.querySelector('.ant-card-head-title')?.textContent ??
          [...table.querySelectorAll('th')]
            .slice(0, 3)
            .map((th) => th.textContent?.trim())
            .filter(Boolean)
            .join('、');
        found.push(
          `表格“${caption}”的“${heading}”列只有 ${Math.round(contentWidth)} 像素宽（字号 ${fontSize} 像素），“${text.slice(0, 12)}”一字一行`,
        );
      }
    }
    return found;
  });
}

/** Fills the route's `:params` with a real value of the demo district, or null when the district has none. */
async function concretePath(platform: DemoPlatform, routePath: string, role: string): Promise<string | null> {
  const db = platform.store.db;
  const values: Record<string, () => Promise<string | undefined>> = {
    uscc: async () =>
      (await db.selectFrom('enterprises').select('uscc').orderBy('id').limit(1).executeTakeFirst())?.uscc,
    id: async () => {
      if (routePath.startsWith('/admin/grade-use/inspections/'))
        return (
          String(
            (await db.selectFrom('inspection_plans').select('id').orderBy('id').limit(1).executeTakeFirst())?.id ?? '',
          ) || undefined
        );
      if (role === 'enterprise') {
        const uscc = platform.account('enterprise').uscc ?? '';
        const row = await db
          .selectFrom('requests')
          .innerJoin('enterprises', 'enterprises.id', 'requests.enterprise_id')
          .select('requests.id')
          .where('enterprises.uscc', '=', uscc)
          .orderBy('requests.id')
          .limit(1)
          .executeTakeFirst();
        return row ? String(row.id) : undefined;
      }
      const row = await db.selectFrom('requests').select('id').orderBy('id').limit(1).executeTakeFirst();
      return row ? String(row.id) : undefined;
    },
    // The same parameter names an incubator (from the catalog) or a reform task (from the reports).
    code: async () =>
      routePath.startsWith('/admin/incubators/')
        ? loadIncubators()[0]?.code
        : (await db.selectFrom('reform_task_reports').select('task_code').orderBy('id').limit(1).executeTakeFirst())
            ?.task_code,
    modelId: async () =>
      (
        await db
          .selectFrom('model_versions')
          .select('model_id')
          .where('status', '=', 'published')
          .limit(1)
          .executeTakeFirst()
      )?.model_id,
    version: async () =>
      (
        await db
          .selectFrom('model_versions')
          .select('version')
          .where('status', '=', 'published')
          .limit(1)
          .executeTakeFirst()
      )?.version,
  };
  let result = routePath;
  for (const [, name] of routePath.matchAll(/:(\w+)/g)) {
    const value = await values[name]?.();
    if (!value) return null;
    result = result.replace(`:${name}`, encodeURIComponent(value));
  }
  return result;
}

function slug(routePath: string): string {
  return routePath.replace(/^\//, '').replace(/[/:]+/g, '-') || 'root';
}

/** The side-by-side overview of the sweep's screenshots, with each page's findings, and the other tests' screenshots. */
function writeIndex(): void {
  const visits: Visit[] = AUDIENCES.flatMap((audience) => {
    const file = path.join(SWEEP_DIR, audience.role, 'visits.json');
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Visit[]) : [];
  });
  const escapeHtml = (value: string) =>
    value.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);
  const rows = new Map<string, Visit[]>();
  for (const visit of visits)
    rows.set(`${visit.audience}|${visit.route}`, [...(rows.get(`${visit.audience}|${visit.route}`) ?? []), visit]);
  const sections = [...rows.values()].map((pair) => {
    const first = pair[0]!;
    const cells = (['desktop', 'phone'] as const).map((size) => {
      const visit = pair.find((candidate) => candidate.size === size);
      if (!visit) return '<td></td>';
      const findings = [
        ...visit.findings,
        ...visit.knownGaps.map((gap) => ({ ...gap, detail: `（已知，待改版）${gap.detail}` })),
      ];
      const list = findings.length
        ? `<ul class="bad">${findings.map((finding) => `<li>${escapeHtml(finding.check)}：${escapeHtml(finding.detail)}</li>`).join('')}</ul>`
        : '<p class="ok">各项检查通过</p>';
      const file = escapeHtml(path.relative(SCREENSHOTS, visit.screenshot));
      return `<td><a href="${file}"><img src="${file}" alt="${escapeHtml(`${first.title}(${size === 'desktop' ? '电脑' : '手机'})`)}" loading="lazy"></a>${list}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(first.audience)}<br>${escapeHtml(first.title)}<br><code>${escapeHtml(first.url)}</code></th>${cells.join('')}</tr>`;
  });
  const others = fs.existsSync(SCREENSHOTS)
    ? fs
        .readdirSync(SCREENSHOTS, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.png') && !file.startsWith('sweep'))
        .sort()
    : [];
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>截图总览 · 信评</title>
<style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;vertical-align:top;padding:6px;text-align:left}
th{width:200px;font-weight:normal}td{width:45vw}td img{max-width:100%;max-height:600px;display:block}.bad{color:#a8071a;font-size:13px}.ok{color:#237804}
.others img{max-width:320px;margin:4px;border:1px solid #ccc}</style></head><body>
<h1>截图总览</h1><p>由 <code>npm run --silent build:web &amp;&amp; node --import tsx --test test/e2e/page-sweep.test.ts</code> 生成：每个角色的每个页面，左为电脑（1280×800），右为手机（390×844）。</p>
<table><thead><tr><th scope="col">角色与页面</th><th scope="col">电脑</th><th scope="col">手机</th></tr></thead><tbody>
${sections.join('\n')}
</tbody></table>
<h2>其他浏览器测试的截图</h2><div class="others">${others.map((file) => `<a href="${escapeHtml(file)}"><img src="${escapeHtml(file)}" alt="${escapeHtml(file)}" loading="lazy"></a>`).join('')}</div>
</body></html>
`;
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  fs.writeFileSync(path.join(SCREENSHOTS, 'index.html'), html);
}

// XINPING_SWEEP_ROLES=public,enterprise limits a run to some audiences (to check a fix, or to run the sweep in parallel
// parts); the overview then shows the latest run of every audience.
const only = process.env.XINPING_SWEEP_ROLES?.split(',');
const selected = AUDIENCES.filter((candidate) => !only || only.includes(candidate.role));

describe('every page of every audience, on a desktop and on a phone', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  let routes: Awaited<ReturnType<typeof loadRoutes>>;
  // A smaller district than `npm start`'s: every kind of page and record is there, and the sweep stays within minutes.
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started), { enterprises: 300 });
  before(async () => {
    routes = await loadRoutes();
    // The demo district publishes past results but holds no 双随机 plan: one drawn for today gives the plan page
    // something to open and the inspector's 我的检查任务 its visits, as a district in use would.
    const today = todayInDistrict();
    // Made by the 市场监管局's demo operator, as a department would: the plan page names its creator.
    const operator = platform.account('department_operator').username;
    const plan = await createInspectionPlan(platform.store.db, {
      departmentCode: 'scjg',
      title: '本期市场监管双随机抽查',
      ratios: { D: 1 },
      inspectors: [platform.account('inspector').username],
      inspectorsPerVisit: 1,
      checkItems: '营业执照、年度报告公示情况',
      legalBasis: '《市场监督管理行政处罚程序规定》第十八条',
      startsOn: today,
      dueOn: today,
      actor: operator,
    });
    await drawInspectionPlan(platform.store.db, plan.id, operator);
    // Only the audiences of this run start afresh: runs limited to other audiences (XINPING_SWEEP_ROLES) keep theirs.
    for (const audience of selected) fs.rmSync(path.join(SWEEP_DIR, audience.role), { recursive: true, force: true });
  });
  after(async () => {
    writeIndex();
  });

  for (const audience of selected) {
    test(`the ${audience.role} audience (${audience.label}) reads every page in plain Chinese, accessibly and without errors`, async () => {
      const own = routes.filter((route) =>
        audience.role === 'public'
          ? route.roles === 'everyone'
          : route.portal !== 'public' && route.roles !== 'everyone' && route.roles.includes(audience.role),
      );
      // An account without a page of its own (the 行业协会 until its portal exists) is still shown what it lands on.
      const everyPage = own.length
        ? own.map((route) => ({ path: route.path, title: route.title }))
        : [{ path: '', title: '登录后的首页' }];
      // XINPING_SWEEP_ROUTES=/admin,/admin/requests re-checks some pages only (while fixing them).
      const routesOnly = process.env.XINPING_SWEEP_ROUTES?.split(',');
      const pages = routesOnly ? everyPage.filter((entry) => routesOnly.includes(entry.path)) : everyPage;
      if (audience.role === 'public') pages.unshift({ path: '/login', title: '登录' });
      const failures: string[] = [];
      let visited = 0;
      for (const size of ['desktop', 'phone'] as const) {
        const context: BrowserContext = await browser.newContext({
          baseURL: platform.url,
          locale: 'zh-CN',
          timezoneId: 'Asia/Shanghai',
          viewport: SIZES[size],
          deviceScaleFactor: 1,
          isMobile: size === 'phone',
          hasTouch: size === 'phone',
        });
        const errors: string[] = [];
        const openTab = async () => {
          const tab = await context.newPage();
          tab.on('pageerror', (error) => errors.push(`脚本错误：${error.message}`));
          tab.on('response', (response) => {
            if (response.status() >= 500)
              errors.push(`接口出错 ${response.status()}：${new URL(response.url()).pathname}`);
          });
          return tab;
        };
        let page = await openTab();
        if (audience.role !== 'public') await logIn(page, platform, audience.role);
        for (const entry of pages) {
          const where = `${entry.title}（${entry.path || '首页'}，${size === 'desktop' ? '电脑 1280' : '手机 390'}）`;
          // One page that never settles fails with its name instead of holding the whole sweep: the tab is replaced
          // (the session cookie stays in the context) and the sweep goes on with the next page.
          const outcome = await withTimeLimit(PAGE_TIME_LIMIT_MS, async () => {
            const url = entry.path
              ? await concretePath(platform, entry.path, audience.role)
              : new URL(page.url()).pathname;
            if (url === null) {
              failures.push(`${entry.title}（${entry.path}）：演示数据中没有可打开的对象，未检查`);
              return;
            }
            errors.length = 0;
            // After the first page, move within the application as a click on a link does (the router follows the
            // history): the application is not downloaded and started again for every page.
            if (new URL(page.url()).origin === new URL(platform.url).origin && entry.path) {
              await page.evaluate((target) => {
                window.history.pushState({}, '', target);
                window.dispatchEvent(new PopStateEvent('popstate'));
              }, url);
            } else await page.goto(url);
            if (entry.path) await waitUntilUsable(page, entry.path, 30_000);
            else await page.waitForLoadState('networkidle');
            await waitForAnimationsToEnd(page); // antd's fade-in: the screenshot shows what a person sees
            const screenshot = path.join(SWEEP_DIR, audience.role, `${slug(entry.path || 'home')}-${size}.png`);
            fs.mkdirSync(path.dirname(screenshot), { recursive: true });
            await page.screenshot({ path: screenshot, fullPage: true });
            const all = await inspectPage(page, size, [...errors]);
            const isKnown = (finding: Finding) =>
              KNOWN_LAYOUT_GAPS.some((gap) => gap.route === entry.path && gap.check === finding.check);
            const visit: Visit = {
              audience: audience.label,
              role: audience.role,
              route: entry.path,
              url,
              title: entry.title,
              size,
              screenshot,
              findings: all.filter((finding) => !isKnown(finding)),
              knownGaps: all.filter(isKnown),
            };
            visits.push(visit);
            visited += 1;
            for (const finding of visit.findings) {
              failures.push(`${where}${finding.check}：${finding.detail}`);
              process.stderr.write(`[问题] ${audience.label} ${where}${finding.check}：${finding.detail}\n`);
            }
            for (const gap of visit.knownGaps)
              process.stderr.write(`[已知问题] ${audience.label} ${where}${gap.check}：${gap.detail}\n`);
          });
          if (outcome === 'timed out') {
            failures.push(`${where}：${PAGE_TIME_LIMIT_MS / 1000} 秒内未能打开并检查完毕`);
            process.stderr.write(`[问题] ${audience.label} ${where}：超时\n`);
            await page.close().catch(() => {});
            page = await openTab();
          }
        }
        await context.close();
      }
      fs.writeFileSync(
        path.join(SWEEP_DIR, audience.role, 'visits.json'),
        JSON.stringify(
          visits.filter((visit) => visit.role === audience.role),
          null,
          2,
        ),
      );
      assert.ok(
        visited >= 2 || (routesOnly !== undefined && pages.length === 0),
        `at least one page was opened at both sizes for ${audience.label}`,
      );
      assert.deepEqual(failures, [], `${audience.label}的页面有 ${failures.length} 处问题：\n${failures.join('\n')}`);
    });
  }
});
