import { AutoDismissFlag, FlagGroup } from '@atlaskit/flag';
import type { Notice } from '../hooks/useNotices';
import { useI18n } from '../hooks/useI18n';

export interface NotificationsProps {
  notices: Notice[];
  onDismiss: (id: number | string) => void;
}

/**
 * Outcomes of the admin's actions. Everything is in the title: coloured Atlaskit flags collapse
 * their description, and what needs reading at length lives on the page instead.
 */
export default function Notifications({ notices, onDismiss }: NotificationsProps) {
  const { t } = useI18n();
  return (
    // Rendered in place rather than in a portal, so the flags sit inside a landmark.
    <aside aria-label={t('flag.group')}>
      <FlagGroup label={t('flag.group')} onDismissed={(id) => onDismiss(id)} shouldRenderToParent>
        {notices.map((notice) => (
          <AutoDismissFlag
            key={notice.id}
            id={notice.id}
            appearance={notice.appearance}
            title={notice.title}
          />
        ))}
      </FlagGroup>
    </aside>
  );
}
