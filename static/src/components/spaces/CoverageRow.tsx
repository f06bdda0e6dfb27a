import Button from '@atlaskit/button/new';
import Lozenge, { type ThemeAppearance } from '@atlaskit/lozenge';
import { Box, Text, xcss } from '@atlaskit/primitives';
import type {
  ManagementDestination,
  ProjectCoverage,
  ProjectCoverageStatus,
} from '../../../../src/contract';
import { useI18n } from '../../hooks/useI18n';
import type { Translate } from '../../i18n';
import { ruleBelow } from '../shared/rules';

/** A row wraps into a column on a phone. */
const rowStyles = xcss({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'flex-start',
  rowGap: 'space.100',
  columnGap: 'space.300',
  paddingBlock: 'space.150',
  margin: 'space.0',
  ...ruleBelow,
});
const spaceStyles = xcss({
  flex: '1 1 180px',
  minWidth: '0',
  display: 'flex',
  flexDirection: 'column',
});
const stateStyles = xcss({
  flex: '2 1 260px',
  minWidth: '0',
  display: 'flex',
  flexDirection: 'column',
  gap: 'space.050',
});
// A fixed width, with or without a button, so the columns line up from row to row.
const actionStyles = xcss({ flex: '0 0 200px', display: 'flex', alignSelf: 'center' });

const APPEARANCE: Record<ProjectCoverageStatus, ThemeAppearance> = {
  PROTECTED: 'success',
  LAST_BACKUP_FAILED: 'removed',
  NEVER_BACKED_UP: 'moved',
  BACKUP_OUTDATED: 'removed',
  NOT_IN_PLAN: 'moved',
  NOT_VISIBLE_TO_BACKUP_ACCOUNT: 'removed',
};

/** Where the row's button hands off to, if anywhere (never the e-mail settings). */
function destinationOf(
  project: ProjectCoverage,
): Exclude<ManagementDestination, { kind: 'NOTIFICATION_SETTINGS' }> | null {
  if (project.status === 'PROTECTED' && project.lastBackup)
    return { kind: 'RESTORE_PROJECT', projectKey: project.key };
  if (project.fix === 'SEE_JOB_LOGS' && project.lastBackup)
    return { kind: 'JOB_LOGS', jobId: project.lastBackup.jobId };
  if (project.fix === 'ADD_TO_PLAN') return { kind: 'HOME' };
  return null;
}

function fixText(project: ProjectCoverage, email: string | null, t: Translate) {
  if (project.fix === 'GRANT_BROWSE_PROJECTS')
    return email
      ? t('coverage.fix.GRANT_BROWSE_PROJECTS', { email })
      : t('coverage.fix.GRANT_BROWSE_PROJECTSNoEmail');
  if (project.fix === 'ADD_TO_PLAN') return t('coverage.fix.ADD_TO_PLAN');
  if (project.fix === 'SEE_JOB_LOGS') return t('coverage.fix.SEE_JOB_LOGS');
  if (project.fix === 'START_BACKUP') return t('coverage.fix.START_BACKUP');
  return null;
}

export interface CoverageRowProps {
  project: ProjectCoverage;
  email: string | null;
  now: Date;
  opening: boolean;
  onHandOff: (destination: ManagementDestination) => void;
}

/** One space: its name and key, whether it is protected, its last backup, and the fix. */
export function CoverageRow({ project, email, now, opening, onHandOff }: CoverageRowProps) {
  const { t, format } = useI18n();
  const last = project.lastBackup;
  const destination = destinationOf(project);
  const fix = fixText(project, email, t);
  const why =
    project.status === 'PROTECTED' || project.status === 'LAST_BACKUP_FAILED'
      ? null
      : t(`coverage.why.${project.status}`);
  const action = destination ? t(`coverage.go.${destination.kind}`) : null;
  return (
    <Box as="li" xcss={rowStyles} data-space={project.key} data-coverage={project.status}>
      <Box as="span" xcss={spaceStyles}>
        <Text weight="semibold">{project.name}</Text>
        <Text size="small" color="color.text.subtle">
          {project.key}
        </Text>
      </Box>
      <Box as="span" xcss={stateStyles}>
        <span>
          <Lozenge
            appearance={APPEARANCE[project.status]}
            isBold={project.status === 'NOT_VISIBLE_TO_BACKUP_ACCOUNT'}
          >
            {t(`coverage.status.${project.status}`)}
          </Lozenge>
        </span>
        <Text size="small" color="color.text.subtle">
          {last ? (
            <time dateTime={last.finishedAt} title={format.dateTime(last.finishedAt)}>
              {t(`coverage.last.${last.outcome}`, {
                when: format.relative(last.finishedAt, now),
              })}
            </time>
          ) : (
            t('coverage.last.none')
          )}
        </Text>
        {why ? <span>{why}</span> : null}
        {last?.failureReason && project.status === 'LAST_BACKUP_FAILED' ? (
          <span>{t('coverage.reason', { reason: last.failureReason })}</span>
        ) : null}
        {fix ? <Text color="color.text.subtle">{fix}</Text> : null}
      </Box>
      <Box as="span" xcss={actionStyles}>
        {destination && action ? (
          <Button
            appearance={project.status === 'PROTECTED' ? 'subtle' : 'default'}
            isLoading={opening}
            aria-label={t('coverage.goLabel', { action, name: project.name, key: project.key })}
            onClick={() => onHandOff(destination)}
          >
            {action}
          </Button>
        ) : null}
      </Box>
    </Box>
  );
}
