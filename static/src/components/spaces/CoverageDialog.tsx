import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { ManagementDestination, ProjectCoveragePage } from '../../../../src/contract';
import { api, openInNewTab, type PageError } from '../../api';
import { describeError } from '../../errors';
import { useI18n } from '../../hooks/useI18n';
import { ruleAbove } from '../shared/rules';
import { CoverageRow } from './CoverageRow';
import { CoverageSummary } from './CoverageSummary';

const loadingStyles = xcss({ padding: 'space.800', color: 'color.text.subtle' });
const listStyles = xcss({
  listStyle: 'none',
  margin: 'space.0',
  padding: 'space.0',
  ...ruleAbove,
});
const moreStyles = xcss({
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'stretch',
  gap: 'space.100',
});

/** A load that failed, with the way to try again. */
function RetryMessage({
  title,
  onRetry,
  children,
}: {
  title: string;
  onRetry: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <SectionMessage
      appearance="error"
      title={title}
      actions={[
        <SectionMessageAction key="retry" onClick={onRetry}>
          {t('action.retry')}
        </SectionMessageAction>,
      ]}
    >
      <p>{children}</p>
    </SectionMessage>
  );
}

export interface CoverageDialogProps {
  /** The backend's "now", so "2 hours ago" agrees with the rest of the page. */
  now: Date;
  onClose: () => void;
}

type Loaded = { pages: ProjectCoveragePage[] };

/**
 * Every space of the site, page by page as Jira lists them: whether the plan covers it, how its
 * last backup went and, when it is not protected, why and what fixes it. The totals at the top
 * come with the first page, so the admin learns what is wrong before scrolling a thousand rows.
 */
export default function CoverageDialog({ now, onClose }: CoverageDialogProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loading, setLoading] = useState(true);
  const [failure, setFailure] = useState<PageError | null>(null);
  const [handOffFailure, setHandOffFailure] = useState<string | null>(null);
  const [openingKey, setOpeningKey] = useState<string | null>(null);
  const [onlyProblems, setOnlyProblems] = useState(false);
  const open = useRef(true);
  useEffect(
    () => () => {
      open.current = false;
    },
    [],
  );

  const last = loaded?.pages.at(-1) ?? null;

  const load = useCallback(async (startAt: number) => {
    setLoading(true);
    setFailure(null);
    const result = await api.getCoverage(startAt === 0 ? {} : { startAt });
    if (!open.current) return;
    setLoading(false);
    if (!result.ok) {
      setFailure(result.error);
      return;
    }
    setLoaded((current) =>
      startAt === 0 || !current
        ? { pages: [result.data] }
        : { pages: [...current.pages, result.data] },
    );
  }, []);

  useEffect(() => {
    void load(0);
  }, [load]);

  const handOff = async (key: string, destination: ManagementDestination) => {
    setOpeningKey(key);
    setHandOffFailure(null);
    const result = await api.openManagementServiceAt(destination);
    if (!open.current) return;
    setOpeningKey(null);
    if (!result.ok) {
      setHandOffFailure(describeError(result.error, i18n));
      return;
    }
    // Declining to leave Jira is the admin's choice, not a failure to report.
    void openInNewTab(result.data.url);
  };

  const projects = loaded?.pages.flatMap((page) => page.projects) ?? [];
  const problems = projects.filter((project) => project.status !== 'PROTECTED');
  const shown = onlyProblems ? problems : projects;
  const retry = () => void load(last?.nextStartAt ?? 0);

  let body;
  if (!last && loading) {
    body = (
      <Stack alignInline="center" space="space.200" xcss={loadingStyles}>
        <Spinner size="large" label={t('coverage.loading')} />
        <span aria-hidden>{t('coverage.loading')}</span>
      </Stack>
    );
  } else if (!last) {
    body = (
      <RetryMessage title={t('coverage.loadFailed')} onRetry={retry}>
        {failure ? describeError(failure, i18n) : null}
      </RetryMessage>
    );
  } else {
    const email = last.backupAccount.email;
    body = (
      <Stack space="space.200">
        <CoverageSummary page={last} />
        {handOffFailure ? (
          <SectionMessage appearance="error" title={t('coverage.goFailed')}>
            <p>{handOffFailure}</p>
          </SectionMessage>
        ) : null}
        {projects.length === 0 ? (
          <Text as="p">{t('coverage.empty')}</Text>
        ) : (
          <Checkbox
            isChecked={onlyProblems}
            onChange={(event) => setOnlyProblems(event.target.checked)}
            label={t('coverage.onlyProblems', { count: problems.length })}
          />
        )}
        {projects.length > 0 && shown.length === 0 ? (
          <Text as="p">{t('coverage.noProblemsLoaded')}</Text>
        ) : null}
        {shown.length === 0 ? null : (
          <Box as="ul" xcss={listStyles} aria-label={t('coverage.list')}>
            {shown.map((project) => (
              <CoverageRow
                key={project.key}
                project={project}
                email={email}
                now={now}
                opening={openingKey === project.key}
                onHandOff={(destination) => void handOff(project.key, destination)}
              />
            ))}
          </Box>
        )}
        <Box xcss={moreStyles} aria-live="polite">
          <Text size="small" color="color.text.subtle">
            {t('coverage.shown', {
              shown: format.number(projects.length),
              total: format.number(last.siteProjects),
            })}
          </Text>
          {failure ? (
            <RetryMessage title={t('coverage.moreFailed')} onRetry={retry}>
              {describeError(failure, i18n)}
            </RetryMessage>
          ) : last.nextStartAt !== null ? (
            <Button
              isLoading={loading}
              onClick={() => void load(last.nextStartAt ?? 0)}
              shouldFitContainer
            >
              {t('coverage.showMore')}
            </Button>
          ) : null}
        </Box>
      </Stack>
    );
  }

  return (
    <Modal onClose={onClose} width="x-large">
      <ModalHeader hasCloseButton closeButtonLabel={t('action.close')}>
        <ModalTitle>{t('coverage.title')}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <div aria-busy={loading && !last ? true : undefined}>{body}</div>
      </ModalBody>
      <ModalFooter>
        <Button appearance="primary" onClick={onClose}>
          {t('action.close')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
