import type { ManagementServiceLink } from '../contract';
import { displayNameOf } from '../app/caller';
import { requireConnectedAdmin } from '../app/connection';
import type { AppDeps } from '../app/deps';
import { AppFailure, ok } from '../app/appError';
import { validateOpenManagementService } from '../domain/browseInputs';
import { urlForLog } from '../domain/masking';
import { handle, valid } from './handle';
import { orInvalidInput } from './notFound';

/**
 * A one-time sign-in link to the Management Service, only if it points at the instance's host.
 * The destination (HOME when absent) travels in the sign-in request, from a closed list.
 */
export const openManagementService = (deps: AppDeps) =>
  handle<ManagementServiceLink>(deps, 'openManagementService', async (caller, payload) => {
    const { destination } = valid(validateOpenManagementService(payload));
    const { connection, service } = await requireConnectedAdmin(deps, caller);
    const requester = {
      accountId: caller.accountId,
      displayName: await displayNameOf(deps, caller),
    };
    const { url } = await orInvalidInput(service.createSsoUrl(requester, destination), {
      job: 'destination',
    });
    const canonical = canonicalOnInstanceHost(url, connection.managementHost);
    if (canonical === null) {
      deps.log.error('Refused a sign-in link that is not https on the instance host', {
        link: urlForLog(url),
        expectedHost: connection.managementHost,
      });
      throw new AppFailure(
        'UPSTREAM_UNAVAILABLE',
        'GitProtect returned a sign-in link this app does not trust, so it was not opened. Try again later.',
      );
    }
    return ok({ url: canonical });
  });

/**
 * The link as the URL parser reads it (`new URL(link).href`), when that is https on the instance
 * host; null otherwise. The page hands over the canonical form, never the service's spelling of
 * it (backslashes, upper case, the default port, characters the host parser drops), so what
 * opens is exactly what was checked.
 */
export function canonicalOnInstanceHost(url: string, managementHost: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const onHost =
    parsed.protocol === 'https:' &&
    parsed.hostname === managementHost.toLowerCase() &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return onHost ? parsed.href : null;
}
