import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';

/** A page fits a 375-px phone: nothing wider than the screen, every button and link in the page at least 40 px tall. */
export async function assertFitsPhone(page: Page, where: string): Promise<void> {
  const layout = await page.evaluate(() => {
    const main = document.querySelector('main[data-route]');
    const small = [...(main?.querySelectorAll('button, a[href], [role="button"]') ?? [])]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        const isShown = box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
        return isShown && box.height < 40;
      })
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className}「${(element.textContent ?? '').trim().slice(0, 20)}」${Math.round(element.getBoundingClientRect().height)}px`,
      );
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, small };
  });
  assert.equal(layout.overflow, 0, `${where}: no horizontal scrolling at 375 px`);
  assert.deepEqual(layout.small, [], `${where}: tap targets at least 40 px tall`);
}
