/**
 * Keyboard access that Ant Design leaves out (GB/T 37668-2019 / WCAG 2.1 2.1.1 键盘): a table that scrolls
 * sideways on a narrow screen is a scrollable region, and a keyboard user reaches it only if it can take focus.
 * Watches the document and makes every such region focusable, once, wherever a page renders a table.
 */
const SCROLLABLE = '.ant-table-content, .ant-table-body';

export function makeScrollableRegionsFocusable(root: ParentNode = document): void {
  const mark = () => {
    for (const region of root.querySelectorAll<HTMLElement>(SCROLLABLE)) {
      if (!region.hasAttribute('tabindex')) region.setAttribute('tabindex', '0');
    }
  };
  mark();
  new MutationObserver(mark).observe(document.body, { childList: true, subtree: true });
}
