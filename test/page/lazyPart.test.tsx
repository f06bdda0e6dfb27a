/**
 * A part of the page whose code fails to download (a flaky network) says so with Retry, and
 * Retry fetches it again: the boundary resets the part itself, the part's component stays the
 * same one.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LazyBoundary } from '../../static/src/components/shared/LazyBoundary';
import { lazyPart } from '../../static/src/lazyPart';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

// React reports the error the boundary caught; the test looks at what the page shows instead.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => jest.restoreAllMocks());

test('a failed download says so; Retry fetches the part again and shows it', async () => {
  let attempts = 0;
  const part = lazyPart(async () => {
    attempts += 1;
    if (attempts === 1) throw new Error('chunk failed');
    return { default: Greeting };
  });
  const first = part.Component;
  const onGiveUp = jest.fn();
  render(
    <LazyBoundary part={part} onGiveUp={onGiveUp}>
      <part.Component name="Alice" />
    </LazyBoundary>,
  );
  expect(await screen.findByText(/This part of the page could not load/)).toBeVisible();
  expect(part.loaded()).toBe(false);

  await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(await screen.findByText('Hello Alice')).toBeVisible();
  expect(attempts).toBe(2);
  expect(part.loaded()).toBe(true);
  expect(part.Component).toBe(first);
  expect(onGiveUp).not.toHaveBeenCalled();
});
