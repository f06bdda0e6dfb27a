import { createElement, lazy, type ComponentType } from 'react';

type PartModule<P> = { default: ComponentType<P> };

export interface LazyPart<P> {
  /** The part, drawn once its code has arrived; the same component for the page's whole life. */
  Component: ComponentType<P>;
  /** Starts the download early, e.g. when the pointer reaches the button that opens it. */
  preload: () => void;
  /** After a failed download: the next render tries again instead of rethrowing. */
  reset: () => void;
  /** Whether its code has arrived. */
  loaded: () => boolean;
}

/**
 * A code-split part of the page. React.lazy remembers a failed import forever, and a chunk can
 * fail on a flaky network, so a part can be reset and fetched again: its `Component` stays the
 * same and draws a fresh lazy one inside (`<LazyBoundary part>` resets it on Retry).
 */
export function lazyPart<P extends object>(load: () => Promise<PartModule<P>>): LazyPart<P> {
  let pending: Promise<PartModule<P>> | undefined;
  let arrived: PartModule<P> | undefined;
  const fetchOnce = () => {
    pending ??= load().then(
      (module) => (arrived = module),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  // React renders a lazy component at once, without suspending, when the thenable its loader
  // returns calls back synchronously: a part whose code has arrived never shows its fallback.
  const already = (module: PartModule<P>) =>
    ({ then: (resolve: (value: PartModule<P>) => void) => resolve(module) }) as unknown as Promise<
      PartModule<P>
    >;
  const fresh = () =>
    lazy(() => (arrived ? already(arrived) : fetchOnce())) as unknown as ComponentType<P>;
  let inner = fresh();
  return {
    Component: (props: P) => createElement(inner, props),
    preload: () => {
      fetchOnce().catch(() => {
        // Opening the part reports the failure where the admin is looking.
      });
    },
    reset: () => {
      inner = fresh();
    },
    loaded: () => arrived !== undefined,
  };
}
