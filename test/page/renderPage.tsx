import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Overview } from '../../src/contract';
import { App } from '../../static/src/App';
import { backend, resetBackend } from './fakeBridge';
import { ok } from './fixtures';

/** Renders the page against the fake backend and waits until the first load has ended. */
export async function renderPage(overview?: Overview) {
  if (overview) backend.handlers.getOverview = () => ok(overview);
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1 });
  return { user, ...view };
}

export function freshBackend(): void {
  resetBackend();
}
