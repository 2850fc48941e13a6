import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Browser, Page } from 'playwright-core';
import { todayInDistrict } from '../../src/domain/district-date.ts';
import type { Role } from '../../src/domain/roles.ts';
import { publishShareEvents } from '../../src/services/sharing/publish-share-events.ts';
import { pushSharedList } from '../../src/services/sharing/push-shared-list.ts';
import { signCommitment } from '../../src/services/workflows/sign-commitment.ts';
import { loadCommitmentList } from '../../src/services/workflows/workflow-settings.ts';
import {
  buttonLabelled,
  chooseOption,
  confirmPopconfirm,
  logIn,
  openContext,
  openedDialog,
  openedPopconfirm,
  saveScreenshot,
  waitForRowsNaming,
} from './support/browser.ts';
import { waitUntilUsable } from './support/measure-page.ts';
import { useDemoPlatformInBrowser } from './support/browser-suite.ts';
import type { DemoPlatform } from './support/start-demo-platform.ts';

const SHOTS = 'missing-pages';
const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;
type Size = keyof typeof SIZES;

/** What a user must never read: clause seeds, repository files, snake_case codes, raw JSON. */
const DEVELOPER_TEXT = /§|\.yaml|README|DOMAIN\.md|\b[a-z]+_[a-z_]+\b|\{"/;

interface Graded {
  id: number;
  uscc: string;
  name: string;
  grade: string;
  score: number;
}

/** Registry enterprises with a current evaluation, of a grade if asked, in registry order. */
async function gradedEnterprises(platform: DemoPlatform, count: number, grade?: string): Promise<Graded[]> {
  const result = await sql<Graded>`
    select e.id, e.uscc, e.name, v.grade, v.score from enterprises e
    join lateral (select ev.grade, ev.score from evaluations ev where ev.enterprise_id = e.id
      order by ev.as_of desc, ev.id desc limit 1) v on true
    where e.source = 'registry' and (${grade ?? null}::text is null or v.grade = ${grade ?? null})
      and not exists (select 1 from honest_cases h where h.enterprise_id = e.id)
    order by e.id limit ${count}`.execute(platform.store.db);
  return result.rows.map((row) => ({ ...row, id: Number(row.id), score: Number(row.score) }));
}

/** The page's main text, checked for developer text, and no table wider than its box at 1280 px. */
async function assertReadable(page: Page, size: Size): Promise<string> {
  const text = await page.locator('main[data-route]').innerText();
  assert.doesNotMatch(text, DEVELOPER_TEXT, `${page.url()} shows developer text`);
  if (size === 'desktop') {
    const overflow = await page.evaluate(() =>
      Math.max(
        0,
        ...[...document.querySelectorAll('main .ant-table-content, main .ant-table-body')].map(
          (box) => (box as HTMLElement).scrollWidth - (box as HTMLElement).clientWidth,
        ),
      ),
    );
    assert.equal(overflow, 0, `${page.url()}: a table is wider than its box at 1280 px`);
  }
  return text;
}

describe('the pages that were API only, and the association portal', () => {
  let platform: DemoPlatform;
  let browser: Browser;
  const pageErrors: string[] = [];
  useDemoPlatformInBrowser((started) => ({ platform, browser } = started));

  async function openAs(role: Role, size: Size): Promise<Page> {
    const context = await openContext(browser, platform, size);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
    await page.setViewportSize(SIZES[size]);
    await logIn(page, platform, role);
    return page;
  }

  test('an association member logs in and sees its portal: its members with their grades and a member whose grade changed', async () => {
    const members = await gradedEnterprises(platform, 3);
    assert.equal(members.length, 3, 'the demo district has evaluated enterprises');
    await pushSharedList(platform.store.db, {
      listCode: 'association-members',
      listLabel: '本会会员企业',
      recipient: platform.account('association').username,
      usccs: members.map((member) => member.uscc),
      actor: 'admin',
    });
    const changed = members[0]!;
    await platform.store.db.transaction().execute((trx) =>
      publishShareEvents(trx, [
        {
          type: 'grade_changed',
          enterpriseId: changed.id,
          payload: {
            grade: changed.grade,
            previousGrade: 'C',
            score: changed.score,
            previousScore: 61.5,
            asOf: '2026-11-30',
          },
        },
      ]),
    );

    for (const size of ['desktop', 'phone'] as const) {
      const page = await openAs('association', size);
      assert.equal(new URL(page.url()).pathname, '/bank/members', 'an association lands on its members page');
      await waitUntilUsable(page, '/bank/members');
      const text = await assertReadable(page, size);
      assert.doesNotMatch(text, /正在建设中/);
      // The demo association already has some forty members: each pushed one is found by the search box. Read in the
      // members card only: the 等级变化 card beside it names the changed member too, and the members shown before a
      // search answers are those of the previous search.
      const search = page.getByPlaceholder('企业名称关键词或统一社会信用代码');
      const memberCard = page
        .locator('main[data-route] .ant-card')
        .filter({ has: page.getByText('会员企业的信用等级', { exact: true }) });
      const memberRows = size === 'desktop' ? '.ant-table-row' : '[data-card="member"]';
      for (const member of [...members, changed]) {
        await search.fill(member.uscc);
        await search.press('Enter');
        await waitForRowsNaming(page, memberCard, member.uscc, memberRows);
      }
      const firstRow = memberCard.locator(memberRows, { hasText: changed.name }).first();
      assert.match(await firstRow.innerText(), new RegExp(`${changed.grade}[\\s\\S]*${changed.score.toFixed(2)}`));
      assert.match(await firstRow.innerText(), /本会会员企业/);
      assert.match(
        text,
        new RegExp(`${changed.name}[\\s\\S]*等级 C → ${changed.grade}，分数 61\\.50 → ${changed.score.toFixed(2)}`),
      );
      await saveScreenshot(page, SHOTS, `association-members-${SIZES[size].width}`);
      await page.context().close();
    }
    assert.deepEqual(pageErrors, []);
  });

  test('an official checks one commitment as kept and another as broken from the commitments page, and sees what each did to the score', async () => {
    const [keeper, breaker] = await gradedEnterprises(platform, 2, 'A');
    assert.ok(keeper && breaker, 'two enterprises of grade A in the demo district');
    const department = await platform.store.db
      .selectFrom('departments')
      .select('code')
      .orderBy('code')
      .executeTakeFirstOrThrow();
    for (const enterprise of [keeper, breaker])
      await signCommitment(platform.store.db, {
        uscc: enterprise.uscc,
        actor: enterprise.name,
        commitmentType: '主动公示型',
        departmentCode: department.code,
      });

    const page = await openAs('reviewer', 'desktop');
    await page.goto('/admin/commitments');
    await waitUntilUsable(page, '/admin/commitments');
    await assertReadable(page, 'desktop');
    await saveScreenshot(page, SHOTS, 'commitments-1280');

    const check = async (enterprise: Graded, result: '已履行' | '未履行', isFalse = false) => {
      await page
        .locator('main[data-route] .ant-table-row', { hasText: enterprise.name })
        .getByRole('button', { name: /核\s?查/ })
        .click();
      const dialog = await openedDialog(page, '核查信用承诺');
      await dialog.getByLabel(result).check();
      if (isFalse) await dialog.getByLabel('认定为虚假承诺').check();
      await dialog.getByLabel('核查依据与结果').fill('2026 年第四季度随机抽查，现场核实承诺事项');
      await buttonLabelled(dialog, '确认核查结果').click();
      await dialog.waitFor({ state: 'hidden' });
      const outcome = page.getByTestId('check-outcome');
      assert.match(await outcome.innerText(), new RegExp(`已核查：${enterprise.name}的承诺${result}`));
      assert.match(await outcome.innerText(), /已重新评价：分数 \d+\.\d{2} → \d+\.\d{2}，等级 [A-E] → [A-E]/);
      return outcome.innerText();
    };
    await check(keeper, '已履行');
    const broken = await check(breaker, '未履行', true);
    await saveScreenshot(page, SHOTS, 'commitments-checked-1280');
    const scores = /分数 (\d+\.\d{2}) → (\d+\.\d{2})/.exec(broken)!;
    assert.ok(Number(scores[2]) < Number(scores[1]), `a false commitment lowers the score: ${broken}`);

    await page.getByText('已履行', { exact: true }).first().click();
    await page.locator('main[data-route] .ant-table-row', { hasText: keeper.name }).waitFor();
    // The server searches every commitment by the enterprise, and the check names its reviewer as a person.
    await page.getByLabel('按企业查找承诺').fill(keeper.name);
    await page.getByLabel('按企业查找承诺').press('Enter');
    await page.waitForFunction((name) => {
      const rows = [...document.querySelectorAll('main[data-route] .ant-table-row')];
      return rows.length > 0 && rows.every((row) => row.textContent?.includes(name));
    }, keeper.name);
    const found = page.locator('main[data-route] .ant-table-row', { hasText: keeper.name }).first();
    assert.match(await found.innerText(), new RegExp(`（${platform.account('reviewer').displayName}）`));

    // 容缺受理、告知承诺: may the enterprise whose commitment was broken use them?
    await chooseOption(page, page.getByLabel('办理事项'), loadCommitmentList().items[0]!.name);
    await page.getByLabel('企业统一社会信用代码').fill(breaker.uscc);
    await buttonLabelled(page.locator('main[data-route] form'), '查询').click();
    const answer = page.getByTestId('eligibility-answer');
    await answer.waitFor();
    assert.match(await answer.innerText(), new RegExp(breaker.name));
    assert.match(await answer.innerText(), /(可以适用|不能适用)[\s\S]*要求评价等级/);
    await assertReadable(page, 'desktop');
    await saveScreenshot(page, SHOTS, 'commitments-eligibility-1280');
    await page.context().close();

    const phone = await openAs('reviewer', 'phone');
    await phone.goto('/admin/commitments');
    await waitUntilUsable(phone, '/admin/commitments');
    await phone.getByText('全部', { exact: true }).first().click();
    await phone.locator('main[data-route] [data-card="commitment"]', { hasText: breaker.name }).waitFor();
    await assertReadable(phone, 'phone');
    await saveScreenshot(phone, SHOTS, 'commitments-390');
    await phone.context().close();
    assert.deepEqual(pageErrors, []);
  });

  test('the paying department approves and pays a 免申即享 case and sees the policy’s counts; the enterprise follows its cases', async () => {
    const page = await openAs('admin', 'desktop');
    await page.goto('/admin/grade-use/payouts');
    await waitUntilUsable(page, '/admin/grade-use/payouts');
    const stats = page.locator('main[data-route] .ant-card').first();
    await stats.locator('.ant-table-row').first().waitFor();
    assert.match(
      await stats.innerText(),
      /平均\/最长兑现天数[\s\S]*\d+(\.\d)? \/ \d+ 天/,
      'the demo paid some cases after some days',
    );
    const waiting = page
      .locator('main[data-route] .ant-table-row', { has: page.getByRole('button', { name: '审核同意' }) })
      .first();
    // The case is its enterprise (the code is under the name) and its policy: one enterprise may have several.
    const [, uscc = ''] = (await waiting.locator('td').first().innerText()).split('\n');
    const policy = (await waiting.locator('td').nth(1).innerText()).trim();
    const row = page
      .locator('main[data-route] .ant-table-row')
      .filter({ hasText: uscc.trim() })
      .filter({ hasText: policy });
    await buttonLabelled(waiting, '审核同意').click();
    await confirmPopconfirm(page, '审核同意');
    await buttonLabelled(row.first(), '登记兑现').click();
    const dialog = await openedDialog(page);
    await dialog.getByLabel('兑现金额（元）').fill('35000');
    await buttonLabelled(dialog, '登记兑现').click();
    await dialog.waitFor({ state: 'hidden' });
    await row.filter({ hasText: '已兑现' }).first().waitFor();
    const paid = await row.first().innerText();
    assert.match(paid, /35000\.00 元/);
    // Who approved and who recorded the payment are named by the person, with the time, not by the account.
    const official = platform.account('admin').displayName;
    assert.match(paid, new RegExp(`${official} \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.* 审核同意`));
    assert.match(paid, new RegExp(`${official} \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.* 登记兑现`));
    await assertReadable(page, 'desktop');
    await saveScreenshot(page, SHOTS, 'payouts-1280');
    await page.context().close();

    const phone = await openAs('admin', 'phone');
    await phone.goto('/admin/grade-use/payouts');
    await waitUntilUsable(phone, '/admin/grade-use/payouts');
    await phone.locator('main[data-route] [data-card="payout"]').first().waitFor();
    await assertReadable(phone, 'phone');
    await saveScreenshot(phone, SHOTS, 'payouts-390');
    await phone.context().close();

    const own = await openAs('enterprise', 'phone');
    await own.goto('/enterprise/services/payouts');
    await waitUntilUsable(own, '/enterprise/services/payouts');
    await own.locator('main[data-route] [data-testid="payout-card"], main[data-route] .ant-empty').first().waitFor();
    await assertReadable(own, 'phone');
    await saveScreenshot(own, SHOTS, 'enterprise-payouts-390');
    await own.context().close();
    assert.deepEqual(pageErrors, []);
  });

  test('an official publishes an honest case and the public portal shows it', async () => {
    const [exemplary] = await gradedEnterprises(platform, 1, 'A');
    assert.ok(exemplary, 'an enterprise of grade A without a case');
    const title = `${exemplary.name}守信经营二十年`;
    const page = await openAs('admin', 'desktop');
    await page.goto('/admin/honest-cases');
    await waitUntilUsable(page, '/admin/honest-cases');
    await buttonLabelled(page, '发布案例').click();
    const dialog = await openedDialog(page, '发布诚信典型案例');
    await dialog.getByLabel('企业统一社会信用代码').fill(exemplary.uscc);
    await dialog.getByLabel('案例标题').fill(title);
    await dialog.getByLabel('案例正文').fill('该企业坚持诚信经营，按时履行合同，依法纳税，多年无失信记录。');
    await buttonLabelled(dialog, '发布').click();
    await dialog.waitFor({ state: 'hidden' });
    assert.match(
      await page.locator('main[data-route] .ant-alert-success').innerText(),
      new RegExp(`已发布“${title}”，公众门户已展示`),
    );
    await page.locator('main[data-route] .ant-table-row', { hasText: title }).waitFor();
    await assertReadable(page, 'desktop');
    await saveScreenshot(page, SHOTS, 'honest-cases-1280');

    await page.goto('/public/cases');
    await page.getByText(title).first().waitFor();
    await page.context().close();

    const phone = await openAs('admin', 'phone');
    await phone.goto('/admin/honest-cases');
    await waitUntilUsable(phone, '/admin/honest-cases');
    await phone.locator('main[data-route] [data-card="honest-case"]', { hasText: title }).waitFor();
    await assertReadable(phone, 'phone');
    await saveScreenshot(phone, SHOTS, 'honest-cases-390');

    // Withdrawing needs a reason (the button waits for one), then takes the case off the public portal.
    const card = phone.locator('main[data-route] [data-card="honest-case"]', { hasText: title });
    await buttonLabelled(card, '撤回').click();
    const confirm = await openedPopconfirm(phone);
    assert.ok(await buttonLabelled(confirm, '撤回').isDisabled(), 'no withdrawal without a reason');
    await confirm.getByLabel('撤回原因').fill('企业申请不再展示');
    await confirmPopconfirm(phone, '撤回');
    await phone.locator('main[data-route] .ant-alert-success', { hasText: `已从公众门户撤回“${title}”` }).waitFor();
    await phone.goto('/public/cases');
    await waitUntilUsable(phone, '/public/cases');
    assert.equal(await phone.getByText(title).count(), 0, 'a withdrawn case is no longer on the public portal');
    await phone.context().close();
    assert.deepEqual(pageErrors, []);
  });

  test('the enterprise authorises the association, which then sees it; the other new pages read as Chinese at both sizes', async () => {
    const enterprise = await openAs('enterprise', 'phone');
    await enterprise.goto('/enterprise/services');
    await enterprise.getByRole('button', { name: /查询授权/ }).click();
    await waitUntilUsable(enterprise, '/enterprise/services/authorizations');
    await enterprise.getByLabel('被授权机构的账号名').fill(platform.account('association').username);
    await enterprise.getByLabel('授权用途').fill('会员信用管理');
    const validUntil = `${Number(todayInDistrict().slice(0, 4)) + 1}-06-30`;
    await enterprise.getByLabel('授权截止日').fill(validUntil);
    await enterprise.getByLabel('授权截止日').press('Enter');
    await buttonLabelled(enterprise, '授权查询').click();
    await enterprise.getByText(/已授权.*查询本企业/).waitFor();
    // The list names the person who granted it, not the account.
    const granted = enterprise.locator('[data-card="authorization"]').first();
    await granted.getByText(platform.account('enterprise').displayName, { exact: false }).waitFor();
    await assertReadable(enterprise, 'phone');
    await saveScreenshot(enterprise, SHOTS, 'authorizations-390');
    await enterprise.context().close();

    const own = platform.account('enterprise');
    const ownEnterprise = await platform.store.db
      .selectFrom('users as u')
      .innerJoin('enterprises as e', 'e.uscc', 'u.uscc')
      .select('e.name')
      .where('u.username', '=', own.username)
      .executeTakeFirstOrThrow();
    const association = await openAs('association', 'desktop');
    await waitUntilUsable(association, '/bank/members');
    await association.getByRole('searchbox', { name: '在会员企业中查找' }).fill(ownEnterprise.name);
    await association.getByRole('searchbox', { name: '在会员企业中查找' }).press('Enter');
    // The members table, not the 等级变化 table beside it, which lists the enterprise too when a grade change of it
    // has been shared (seen once: the row read was that change, not the membership).
    const members = association
      .locator('main[data-route] .ant-card')
      .filter({ has: association.getByText('会员企业的信用等级', { exact: true }) });
    const row = members.locator('.ant-table-row', { hasText: ownEnterprise.name }).first();
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(`企业授权查询（至 ${validUntil}）`));
    await association.context().close();

    const visits: Array<{ role: Role; path: string }> = [
      { role: 'association', path: '/bank/subscriptions' },
      { role: 'bank', path: '/bank/subscriptions' },
      { role: 'inspector', path: '/admin/grade-use/conflicts' },
      { role: 'department_operator', path: '/admin/grade-use/conflicts' },
    ];
    for (const visit of visits)
      for (const size of ['desktop', 'phone'] as const) {
        const page = await openAs(visit.role, size);
        await page.goto(visit.path);
        await waitUntilUsable(page, visit.path);
        await assertReadable(page, size);
        await saveScreenshot(page, SHOTS, `${visit.path.split('/').pop()}-${visit.role}-${SIZES[size].width}`);
        await page.context().close();
      }
    assert.deepEqual(pageErrors, []);
  });
});
