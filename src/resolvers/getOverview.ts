import type { Overview } from '../contract';
import type { AppDeps } from '../app/deps';
import { buildOverview } from '../app/overview';
import { validateGetOverview } from '../domain/inputs';
import { handle, valid } from './handle';

/**
 * Everything the page shows, for any viewer; token details only for admins. `idle` (a page left
 * open) answers from the stored status while it is fresh.
 */
export const getOverview = (deps: AppDeps) =>
  handle<Overview>(deps, 'getOverview', async (caller, payload) => {
    const { idle } = valid(validateGetOverview(payload));
    return buildOverview(deps, caller, { fromFreshSnapshot: idle === true });
  });
