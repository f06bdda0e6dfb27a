import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { ALERT_CODES, type Alert, type AlertAction } from '../../../src/contract';
import type { I18n } from '../i18n';
import { useI18n } from '../hooks/useI18n';
import { styles } from '../styles';

function numberParam(alert: Alert, name: string): number | undefined {
  const value = alert.params[name];
  return typeof value === 'number' ? value : undefined;
}

function textParam(alert: Alert, name: string): string | undefined {
  const value = alert.params[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The page's own words for an alert, filled from its params; the generic wording covers params
 * the backend did not send, and the backend's English covers codes newer than this page.
 */
export function alertText(alert: Alert, { t, format }: I18n): { title: string; body: string } {
  if (!ALERT_CODES.includes(alert.code)) {
    return { title: t('alert.other.title'), body: alert.message };
  }
  const title = t(`alert.${alert.code}.title`);
  const generic = { title, body: t(`alert.${alert.code}.generic`) };
  switch (alert.code) {
    case 'LAST_BACKUP_FAILED':
    case 'LAST_BACKUP_PARTIAL': {
      const failed = numberParam(alert, 'projectsFailed');
      const total = numberParam(alert, 'projectsTotal');
      if (failed === undefined || total === undefined) return generic;
      return { title, body: t(`alert.${alert.code}.body`, { count: failed, total }) };
    }
    case 'BACKUP_OVERDUE': {
      const since = textParam(alert, 'since');
      if (since === undefined) return generic;
      return { title, body: t('alert.BACKUP_OVERDUE.body', { since: format.dateTime(since) }) };
    }
    case 'TOKEN_EXPIRING': {
      const expiresOn = textParam(alert, 'expiresOn');
      const daysLeft = numberParam(alert, 'daysLeft');
      if (expiresOn === undefined || daysLeft === undefined) return generic;
      return {
        title,
        body: t('alert.TOKEN_EXPIRING.body', {
          date: format.calendarDay(expiresOn),
          count: daysLeft,
        }),
      };
    }
    case 'TOKEN_EXPIRED': {
      const expiresOn = textParam(alert, 'expiresOn');
      if (expiresOn === undefined) return generic;
      return {
        title,
        body: t('alert.TOKEN_EXPIRED.body', { date: format.calendarDay(expiresOn) }),
      };
    }
    case 'CREDENTIALS_REJECTED':
      return { title, body: t('alert.CREDENTIALS_REJECTED.body') };
    case 'CONNECTION_LOST':
      return { title, body: t('alert.CONNECTION_LOST.body') };
  }
}

/**
 * Reconnect is done from the Settings tab (Disconnect, then the setup form), the tab that
 * UPDATE_TOKEN opens; until the dashboard routes RECONNECT itself, it goes there that way
 * rather than to an unrelated dialog.
 */
function routed(action: AlertAction): AlertAction {
  return action === 'RECONNECT' ? 'UPDATE_TOKEN' : action;
}

interface AlertListProps {
  alerts: Alert[];
  /** Absent for viewers who cannot act: they see the problem without the buttons. */
  onAction?: (action: AlertAction) => void;
}

export function AlertList({ alerts, onAction }: AlertListProps) {
  const i18n = useI18n();
  if (alerts.length === 0) return null;
  return (
    <div style={styles.stack}>
      {alerts.map((alert) => {
        const { title, body } = alertText(alert, i18n);
        return (
          <SectionMessage
            key={alert.code}
            appearance={alert.severity === 'error' ? 'error' : 'warning'}
            title={title}
            actions={
              onAction
                ? [
                    <SectionMessageAction key="fix" onClick={() => onAction(routed(alert.action))}>
                      {i18n.t(`alertAction.${alert.action}`)}
                    </SectionMessageAction>,
                  ]
                : []
            }
          >
            <p>{body}</p>
          </SectionMessage>
        );
      })}
    </div>
  );
}
