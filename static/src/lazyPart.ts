import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type PartModule<P> = { default: ComponentType<P> };

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
export function lazyPart<P>(load: () => Promise<PartModule<P>>): LazyPart<P> {
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
  const component = () => lazy(() => (arrived ? already(arrived) : fetchOnce()));
  const part: LazyPart<P> = {
    Component: component(),
    preload: () => {
      fetchOnce().catch(() => {
        // Opening the part reports the failure where the admin is looking.
      });
    },
    reset: () => {
      part.Component = component();
    },
  };
  return part;
}
