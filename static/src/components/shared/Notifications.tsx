import { useEffect, useState } from 'react';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { Notice } from '../../hooks/useNotices';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';

/** How long a success or an information stays on screen, unless the pointer or focus is on it. */
export const PASSING_FLAG_MS = 8000;

export interface NotificationsProps {
  notices: Notice[];
  onDismiss: (id: number | string) => void;
}

const APPEARANCES = {
  success: 'success',
  info: 'information',
  warning: 'warning',
  error: 'error',
} as const;

/** An error or a warning stays until dismissed: it may say what the admin still has to do. */
function staysUntilDismissed(notice: Notice): boolean {
  return notice.appearance === 'error' || notice.appearance === 'warning';
}

function Flag({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  const { t } = useI18n();
  const stays = staysUntilDismissed(notice);
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (stays || held) return;
    const timer = setTimeout(() => onDismiss(notice.id), PASSING_FLAG_MS);
    return () => clearTimeout(timer);
  }, [stays, held, notice.id, onDismiss]);
  return (
    <div
      role={stays ? 'alert' : 'status'}
      style={styles.flag}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocus={() => setHeld(true)}
      onBlur={() => setHeld(false)}
    >
      <SectionMessage
        appearance={APPEARANCES[notice.appearance]}
        title={notice.title}
        actions={
          <SectionMessageAction onClick={() => onDismiss(notice.id)}>
            {t('flag.dismiss')}
          </SectionMessageAction>
        }
      >
        {null}
      </SectionMessage>
    </div>
  );
}

/**
 * Outcomes of the admin's actions, newest on top, in a column at the bottom of the screen that
 * scrolls rather than running off it. Each has a Dismiss button; successes also go by themselves.
 */
export default function Notifications({ notices, onDismiss }: NotificationsProps) {
  const { t } = useI18n();
  return (
    // Rendered in place rather than in a portal, so the flags sit inside a landmark.
    <aside aria-label={t('flag.group')} style={styles.flags}>
      {notices.map((notice) => (
        <Flag key={notice.id} notice={notice} onDismiss={onDismiss} />
      ))}
    </aside>
  );
}
