import type { Clock } from '../../ports/clock';
import { UpstreamError } from '../../ports/upstreamError';
import type { ServiceSession, SessionVault } from '../../ports/managementService';
import { type Deadline, withinDeadline } from './callBudget';

export type RefreshCall = (refreshToken: string, deadline: Deadline) => Promise<ServiceSession>;

/** Renewing shortly before expiry saves the round trip that a 401 token_expired would cost. */
const RENEW_BEFORE_EXPIRY_MS = 60_000;

/**
 * The session of one client. Calls that find the same access token expired share a single
 * refresh, so a burst of calls costs one refresh and one vault write.
 */
export class SessionKeeper {
  private renewal: { from: string; session: Promise<ServiceSession> } | undefined;

  constructor(
    private readonly vault: SessionVault,
    private readonly refresh: RefreshCall,
    private readonly clock: Clock,
  ) {}

  async current(deadline: Deadline): Promise<ServiceSession> {
    const session = await this.vault.read();
    if (!session) throw notConnected();
    const expiresAt = Date.parse(session.accessTokenExpiresAt);
    const expiring = expiresAt - RENEW_BEFORE_EXPIRY_MS <= this.clock.now().getTime();
    return expiring ? this.renew(session, deadline) : session;
  }

  /** A session newer than `stale`, refreshing only if no other call already did. */
  renew(stale: ServiceSession, deadline: Deadline): Promise<ServiceSession> {
    let renewal = this.renewal;
    if (renewal?.from !== stale.accessToken) {
      const session = this.refreshAndStore(stale.refreshToken, deadline);
      const started = { from: stale.accessToken, session };
      session.catch(() => {
        if (this.renewal === started) this.renewal = undefined;
      });
      this.renewal = renewal = started;
    }
    return withinDeadline(renewal.session, deadline);
  }

  /** Refreshes whatever session the vault holds now. */
  async renewStored(deadline: Deadline): Promise<ServiceSession> {
    const session = await this.vault.read();
    if (!session) throw notConnected();
    return this.renew(session, deadline);
  }

  private async refreshAndStore(refreshToken: string, deadline: Deadline): Promise<ServiceSession> {
    const session = await this.refresh(refreshToken, deadline);
    await this.vault.write(session);
    return session;
  }
}

function notConnected(): UpstreamError {
  return new UpstreamError(
    'CONNECTION_LOST',
    'The app has no GitProtect session: connect the site again.',
  );
}
