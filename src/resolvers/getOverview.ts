import type { Overview } from '../contract';
import type { AppDeps } from '../app/deps';
import { buildOverview } from '../app/overview';
import { validateEmpty } from '../domain/inputs';
import { handle, valid } from './handle';

/** Everything the page shows, for any viewer; token details only for admins. */
export const getOverview = (deps: AppDeps) =>
  handle<Overview>(deps, 'getOverview', async (caller, payload) => {
    valid(validateEmpty(payload));
    return buildOverview(deps, caller);
  });
