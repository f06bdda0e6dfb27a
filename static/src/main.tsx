import '@atlaskit/css-reset/dist/bundle.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { firstViewWithin, startFirstReads } from './firstRead';

/**
 * How long the page waits for its first reads before it shows a spinner. A read that arrives
 * sooner is drawn in the first render: a spinner shown for less would only flicker, and
 * drawing the page twice costs the admin time on a slow machine.
 */
export const FIRST_RENDER_WAIT_MS = 300;

async function mount(root: HTMLElement) {
  const reads = startFirstReads();
  const ready = await firstViewWithin(reads, FIRST_RENDER_WAIT_MS);
  createRoot(root).render(
    <StrictMode>
      <App reads={reads} ready={ready} />
    </StrictMode>,
  );
}

const root = document.getElementById('root');
if (root) void mount(root);
