/**
 * Keyboard and screen-reader access that Ant Design leaves out (GB/T 37668-2019 / WCAG 2.1 2.1.1 键盘, 4.1.2 名称、
 * 角色、值), applied wherever a page renders the components concerned:
 * - a table that scrolls sideways on a narrow screen is a scrollable region, reached by keyboard only if it can take
 *   focus;
 * - a select inside a form item gets the form's `aria-required` / `aria-invalid` on its outer box, which has no role:
 *   `aria-invalid` belongs on the combobox inside it, which screen readers announce.
 */
const SCROLLABLE = '.ant-table-content, .ant-table-body';
const MISPLACED = ['aria-required', 'aria-invalid'];

function fix(root: ParentNode): void {
  for (const region of root.querySelectorAll<HTMLElement>(SCROLLABLE)) {
    if (!region.hasAttribute('tabindex')) region.setAttribute('tabindex', '0');
  }
  for (const select of root.querySelectorAll<HTMLElement>(MISPLACED.map((name) => `.ant-select[${name}]`).join(', '))) {
    const combobox = select.querySelector('[role="combobox"]');
    for (const name of MISPLACED) {
      const value = select.getAttribute(name);
      if (value === null) continue;
      // axe-core refuses aria-required on antd's read-only combobox input too: the form's required mark stays visible.
      if (name === 'aria-invalid') combobox?.setAttribute(name, value);
      select.removeAttribute(name);
    }
  }
}

export function makeScrollableRegionsFocusable(root: ParentNode = document): void {
  fix(root);
  new MutationObserver(() => fix(root)).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: MISPLACED,
  });
}
