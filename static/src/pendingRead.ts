import type { Overview } from '../../src/contract';
import type { Result, ViewerContext } from './api';

/**
 * The page's first reads, started before React and Atlaskit are evaluated (see firstRead.ts)
 * and handed over once to the code that would otherwise start them.
 */
function handOverOnce<T>() {
  let pending: Promise<T> | undefined;
  return {
    hold: (read: Promise<T>) => {
      pending = read;
    },
    take: (): Promise<T> | undefined => {
      const read = pending;
      pending = undefined;
      return read;
    },
  };
}

export const firstOverview = handOverOnce<Result<Overview>>();
export const firstContext = handOverOnce<ViewerContext>();
