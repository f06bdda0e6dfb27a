import { useEffect, useState, type CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { Notice } from '../../hooks/useNotices';
import { useI18n } from '../../hooks/useI18n';

/** How long a success or an information stays on screen, unless the pointer or focus is on it. */
export const PASSING_FLAG_MS = 8000;

export interface NotificationsProps {
  notices: Notice[];
  onDismiss: (id: number | string) => void;
}

/**
 * A fixed column over the page rather than layout: plain styles, so this part stays a few
 * hundred bytes instead of bringing Atlaskit's runtime primitives with it.
 */
const local = {
  flags: {
    position: 'fixed',
    insetBlockEnd: token('space.200', '16px'),
    insetInlineStart: token('space.200', '16px'),
    width: 'min(400px, calc(100vw - 32px))',
    // Room for two or three flags; more scroll inside the stack instead of covering the page.
    maxHeight: 'min(calc(100vh - 32px), 60vh)',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: token('space.100', '8px'),
    padding: token('space.050', '4px'),
    zIndex: 600,
  },
  flag: {
    flexShrink: 0,
    borderRadius: token('radius.medium', '6px'),
    backgroundColor: token('elevation.surface.overlay'),
    boxShadow: token('elevation.shadow.overlay'),
  },
} satisfies Record<string, CSSProperties>;

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
      style={local.flag}
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
    <aside aria-label={t('flag.group')} style={local.flags}>
      {notices.map((notice) => (
        <Flag key={notice.id} notice={notice} onDismiss={onDismiss} />
      ))}
    </aside>
  );
}
