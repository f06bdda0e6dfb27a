/**
 * One way to call a resolver: the latest call's answer is what shows, an answer that arrives
 * after the component has gone is dropped, and a failure reads as the page's other failures do,
 * with Retry.
 */
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Result } from '../../static/src/api';
import { CallFailure } from '../../static/src/components/shared/CallFailure';
import { useCall } from '../../static/src/hooks/useCall';

/** A call whose answer the test gives when it chooses. */
function deferred<T>() {
  let answer!: (result: Result<T>) => void;
  const promise = new Promise<Result<T>>((resolve) => (answer = resolve));
  return { promise, answer };
}

test('shows the latest call’s answer, not an earlier one that arrives after it', async () => {
  const first = deferred<string>();
  const second = deferred<string>();
  const answers = [first, second];
  const { result } = renderHook(() => useCall((_query: string) => answers.shift()!.promise));

  let firstRun!: Promise<Result<string> | null>;
  let secondRun!: Promise<Result<string> | null>;
  act(() => {
    firstRun = result.current.run('a');
    secondRun = result.current.run('ab');
  });
  expect(result.current.pending).toBe(true);

  await act(async () => second.answer({ ok: true, data: 'for ab' }));
  expect(await secondRun).toEqual({ ok: true, data: 'for ab' });
  expect(result.current).toMatchObject({ data: 'for ab', error: null, pending: false });

  await act(async () => first.answer({ ok: true, data: 'for a' }));
  expect(await firstRun).toBeNull();
  expect(result.current.data).toBe('for ab');
});

test('keeps the last good answer beside a failure, and clears the failure on the next call', async () => {
  const answers: Result<number>[] = [
    { ok: true, data: 1 },
    { ok: false, error: { code: 'UNREACHABLE', message: 'down' } },
    { ok: true, data: 3 },
  ];
  const { result } = renderHook(() => useCall(async () => answers.shift()!));

  await act(() => result.current.run());
  await act(() => result.current.run());
  expect(result.current).toMatchObject({ data: 1, pending: false });
  expect(result.current.error?.code).toBe('UNREACHABLE');

  await act(() => result.current.run());
  expect(result.current).toMatchObject({ data: 3, error: null, pending: false });
});

test('drops an answer that arrives after the component has gone', async () => {
  const late = deferred<string>();
  const { result, unmount } = renderHook(() => useCall(() => late.promise));
  let run!: Promise<Result<string> | null>;
  act(() => {
    run = result.current.run();
  });
  unmount();
  late.answer({ ok: true, data: 'too late' });
  expect(await run).toBeNull();
});

test('a failure says what did not happen and why, and Retry calls again', async () => {
  const onRetry = jest.fn();
  render(
    <CallFailure
      title="The spaces could not be loaded"
      error={{ code: 'UPSTREAM_RATE_LIMITED', message: 'slow down', retryAfterSeconds: 120 }}
      onRetry={onRetry}
    />,
  );
  expect(screen.getByRole('heading', { name: 'The spaces could not be loaded' })).toBeVisible();
  expect(screen.getByText(/in 2 minutes/)).toBeVisible();
  await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
  expect(onRetry).toHaveBeenCalledTimes(1);
  expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
});
