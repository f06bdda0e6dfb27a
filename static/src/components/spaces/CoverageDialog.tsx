import { useCallback, useEffect, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import type { ManagementDestination, ProjectCoveragePage } from '../../../../src/contract';
import { api, openInNewTab, type PageError } from '../../api';
import { describeError } from '../../errors';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';
import { CoverageRow } from './CoverageRow';
import { CoverageSummary } from './CoverageSummary';
import { coverageStyles } from './CoverageStyles';

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
      <div style={styles.center}>
        <Spinner size="large" label={t('coverage.loading')} />
        <span aria-hidden>{t('coverage.loading')}</span>
      </div>
    );
  } else if (!last) {
    body = (
      <SectionMessage
        appearance="error"
        title={t('coverage.loadFailed')}
        actions={[
          <SectionMessageAction key="retry" onClick={retry}>
            {t('action.retry')}
          </SectionMessageAction>,
        ]}
      >
        <p>{failure ? describeError(failure, i18n) : null}</p>
      </SectionMessage>
    );
  } else {
    const email = last.backupAccount.email;
    body = (
      <div style={styles.stack}>
        <CoverageSummary page={last} />
        {handOffFailure ? (
          <SectionMessage appearance="error" title={t('coverage.goFailed')}>
            <p>{handOffFailure}</p>
          </SectionMessage>
        ) : null}
        {projects.length === 0 ? (
          <p style={styles.text}>{t('coverage.empty')}</p>
        ) : (
          <label style={coverageStyles.filter}>
            <input
              type="checkbox"
              checked={onlyProblems}
              onChange={(event) => setOnlyProblems(event.target.checked)}
              style={coverageStyles.checkbox}
            />
            {t('coverage.onlyProblems', { count: problems.length })}
          </label>
        )}
        {projects.length > 0 && shown.length === 0 ? (
          <p style={styles.text}>{t('coverage.noProblemsLoaded')}</p>
        ) : null}
        {shown.length === 0 ? null : (
          <ul style={coverageStyles.list} aria-label={t('coverage.list')}>
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
          </ul>
        )}
        <div style={coverageStyles.more} aria-live="polite">
          <span style={styles.small}>
            {t('coverage.shown', {
              shown: format.number(projects.length),
              total: format.number(last.siteProjects),
            })}
          </span>
          {failure ? (
            <SectionMessage
              appearance="error"
              title={t('coverage.moreFailed')}
              actions={[
                <SectionMessageAction key="retry" onClick={retry}>
                  {t('action.retry')}
                </SectionMessageAction>,
              ]}
            >
              <p>{describeError(failure, i18n)}</p>
            </SectionMessage>
          ) : last.nextStartAt !== null ? (
            <Button
              isLoading={loading}
              onClick={() => void load(last.nextStartAt ?? 0)}
              shouldFitContainer
            >
              {t('coverage.showMore')}
            </Button>
          ) : null}
        </div>
      </div>
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
