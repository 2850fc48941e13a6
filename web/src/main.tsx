import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'antd/dist/reset.css';
import { App } from './app/app.tsx';
import { makeScrollableRegionsFocusable } from './components/keyboard-access.ts';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
makeScrollableRegionsFocusable();
