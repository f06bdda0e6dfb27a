import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Overview } from '../../src/contract';
import { App } from '../../static/src/App';
import { backend, openFlags, resetBackend, type ShownFlag } from './fakeBridge';
import { ok } from './fixtures';

/** Renders the page against the fake backend and waits until the first load has ended. */
export async function renderPage(overview?: Overview) {
  if (overview) backend.handlers.getOverview = () => ok(overview);
  // No timer between one click or keystroke and the next: a flow waits only for what the page
  // shows, never for a timer to fire on a busy machine.
  const user = userEvent.setup({ delay: null });
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1 });
  // A slow first read shows the header over a skeleton: the load has ended when that has gone.
  await waitFor(() => expect(document.querySelector('[data-first-load]')).toBeNull());
  return { user, ...view };
}

/** The value next to a label in one of the page's fact lists (`<dt>` label, `<dd>` value). */
export function fact(label: string, container: HTMLElement = document.body): HTMLElement {
  return within(container).getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

export function freshBackend(): void {
  resetBackend();
}

/**
 * Waits until Jira's flag area shows a flag titled `title` (the page asks for it through
 * `showFlag`) and answers it, so a test can check its kind and whether it goes by itself.
 */
export async function findFlag(title: string | RegExp): Promise<ShownFlag> {
  const matches = (flag: ShownFlag) =>
    typeof title === 'string' ? flag.title === title : title.test(flag.title ?? '');
  return waitFor(() => {
    const flag = openFlags().find(matches);
    if (!flag)
      throw new Error(`No flag "${String(title)}" on screen: ${JSON.stringify(openFlags())}`);
    return flag;
  });
}
