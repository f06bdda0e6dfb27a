import type { ConnectedOverview, Overview } from '../../../src/contract';
import {
  ADMIN_EMAIL,
  JIRA_TOKEN,
  type Acting,
  type TestApp,
  data,
  isoDay,
} from '../../support/app';

/**
 * What resolver tests on a test app (test/support/app.ts) send as the site's admin, and the
 * overview of a connected site they check.
 */

/**
 * The token fields as the admin fills them in: their email, `token` and its last day, `daysLeft`
 * days after the emulator's today.
 */
function tokenFields(app: TestApp, daysLeft: number, token: string) {
  return { email: ADMIN_EMAIL, token, expiresOn: isoDay(app.emulator.clock.now(), daysLeft) };
}

/** The setup form: the region, then the token fields with the token the test app connects with. */
export function connectFields(app: TestApp, daysLeft: number, region = 'EU') {
  return { region, ...tokenFields(app, daysLeft, JIRA_TOKEN) };
}

/**
 * Update token's fields: by default a token other than the one the test app connected with, as
 * an admin pastes in a new one.
 */
export function updateTokenFields(app: TestApp, daysLeft: number, token = `${JIRA_TOKEN}x`) {
  return tokenFields(app, daysLeft, token);
}

/** The overview, which must be of a connected site. */
export function connected(overview: Overview): ConnectedOverview {
  if (!overview.connected) throw new Error('expected connected');
  return overview;
}

/** getOverview as `as` (the admin unless said) sees it; the site must be connected. */
export async function connectedOverview(
  app: TestApp,
  as: Acting = 'admin',
): Promise<ConnectedOverview> {
  return connected(data(await app.invoke(as, 'getOverview')));
}
