import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The reset is applied by the script, not linked from index.html: a linked stylesheet would hold back the static
// shell's first paint by a round trip on a slow connection (bench/first-paint-benchmark.ts).
import resetCss from 'antd/dist/reset.css?inline';
import { App } from './app/app.tsx';
import { makeScrollableRegionsFocusable } from './components/keyboard-access.ts';

const reset = document.createElement('style');
reset.textContent = resetCss;
document.head.prepend(reset);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
makeScrollableRegionsFocusable();
