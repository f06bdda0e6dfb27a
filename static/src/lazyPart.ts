import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface LazyPart<P> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts the download early, e.g. when the pointer reaches the button that opens it. */
  preload: () => void;
  /** After a failed download: the next render tries again instead of rethrowing. */
  reset: () => void;
}

/**
 * A code-split part of the page. React.lazy remembers a failed import forever, and a chunk can
 * fail on a flaky network, so a part can be reset and fetched again.
 */
export function lazyPart<P>(load: () => Promise<{ default: ComponentType<P> }>): LazyPart<P> {
  let pending: Promise<{ default: ComponentType<P> }> | undefined;
  const fetchOnce = () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
  const part: LazyPart<P> = {
    Component: lazy(fetchOnce),
    preload: () => {
      fetchOnce().catch(() => {
        // Opening the part reports the failure where the admin is looking.
      });
    },
    reset: () => {
      part.Component = lazy(fetchOnce);
    },
  };
  return part;
}
