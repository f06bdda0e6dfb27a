import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { ProjectCoveragePage } from '../../../../src/contract';
import { useI18n } from '../../hooks/useI18n';

/**
 * What is wrong, site-wide, before any row: the spaces the backup account cannot see (the
 * silent gap) and those the plan leaves out, each with what fixes it.
 */
export function CoverageSummary({ page }: { page: ProjectCoveragePage }) {
  const { t, format } = useI18n();
  const hidden = page.notVisibleToBackupAccount;
  const notInPlan = Math.max(0, page.visibleToBackupAccount - page.plannedProjects);
  const email = page.backupAccount.email;
  const counts = (
    <Text as="p" color="color.text.subtle">
      {t('coverage.counts', {
        site: format.number(page.siteProjects),
        visible: format.number(page.visibleToBackupAccount),
        planned: format.number(page.plannedProjects),
      })}
    </Text>
  );
  // What every row's "Protected" means, said once above them.
  const definition = (
    <Text as="p" color="color.text.subtle">
      {t('coverage.definition')}
    </Text>
  );
  if (hidden === 0 && notInPlan === 0) {
    return (
      <Stack space="space.200">
        {definition}
        <SectionMessage appearance="success">
          <p>{t('coverage.allInPlan', { count: page.siteProjects })}</p>
        </SectionMessage>
        {counts}
      </Stack>
    );
  }
  return (
    <Stack space="space.200">
      {definition}
      {hidden > 0 ? (
        <SectionMessage appearance="warning" title={t('coverage.hidden.title', { count: hidden })}>
          <p>{email ? t('coverage.hidden.body', { email }) : t('coverage.hidden.bodyNoEmail')}</p>
        </SectionMessage>
      ) : null}
      {notInPlan > 0 ? (
        <SectionMessage
          appearance="information"
          title={t('coverage.notInPlan.title', { count: notInPlan })}
        >
          <p>{t('coverage.notInPlan.body')}</p>
        </SectionMessage>
      ) : null}
      {counts}
    </Stack>
  );
}
