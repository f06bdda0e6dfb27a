import type { Overview } from '../../src/contract';
import type { Result, ViewerContext } from './api';

/**
 * The page's first reads, started before React and Atlaskit are evaluated (see firstRead.ts)
 * and handed over once to the code that would otherwise start them.
 */
let overview: Promise<Result<Overview>> | undefined;
let context: Promise<ViewerContext> | undefined;

export function holdFirstReads(reads: {
  overview: Promise<Result<Overview>>;
  context: Promise<ViewerContext>;
}): void {
  overview = reads.overview;
  context = reads.context;
}

export function takeFirstOverview(): Promise<Result<Overview>> | undefined {
  const pending = overview;
  overview = undefined;
  return pending;
}

export function takeFirstContext(): Promise<ViewerContext> | undefined {
  const pending = context;
  context = undefined;
  return pending;
}
