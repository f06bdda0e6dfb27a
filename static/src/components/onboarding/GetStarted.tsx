import { useMemo, type MouseEvent, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Anchor, Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { Overview } from '../../../../src/contract';
import { navigateInJira, openInNewTab } from '../../api';
import { backendNow } from '../../backendClock';
import { useI18n } from '../../hooks/useI18n';
import { createPartTranslator } from '../../i18n';
import { getStartedEn, getStartedPl, type GetStartedKey } from './messages';
import { PageHeader } from '../shared/PageHeader';
import { ruleBelow } from '../shared/rules';

/** Atlassian's page for creating API tokens (the one the token field's hint links to). */
export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';

const listStyles = xcss({ margin: 'space.0', paddingInlineStart: 'space.300' });
const stepsStyles = xcss({ listStyle: 'none', margin: 'space.0', padding: 'space.0' });
const stepStyles = xcss({ paddingBlock: 'space.150', ...ruleBelow });
const linkStyles = xcss({ color: 'color.link' });
const stateStyles = xcss({ flexShrink: 0, minWidth: '96px' });

type StepState = 'done' | 'running' | 'todo';
const STATE_LOZENGE = {
  done: { appearance: 'success', label: 'state.done' },
  running: { appearance: 'inprogress', label: 'state.running' },
  todo: { appearance: 'default', label: 'state.todo' },
} as const satisfies Record<StepState, { appearance: string; label: GetStartedKey }>;

interface Step {
  key: 'connect' | 'firstBackup' | 'everySpace';
  state: StepState;
  detail: string;
}

/** This view's own words in the viewer's language; the page's shared ones come from useI18n. */
function useGetStartedWords() {
  const { language, format } = useI18n();
  return useMemo(
    () =>
      createPartTranslator<typeof getStartedEn>(
        language === 'pl' ? getStartedPl : getStartedEn,
        format.locale,
      ),
    [language, format.locale],
  );
}

/** The three steps to a protected site, each with its state as the overview tells it. */
function useSteps(overview: Overview): Step[] {
  const i18n = useI18n();
  const { format } = i18n;
  const t = useGetStartedWords();
  if (!overview.connected) {
    return [
      { key: 'connect', state: 'todo', detail: t('connect.todo') },
      { key: 'firstBackup', state: 'todo', detail: t('firstBackup.afterConnect') },
      { key: 'everySpace', state: 'todo', detail: t('everySpace.afterConnect') },
    ];
  }
  const now = backendNow();
  const last = overview.lastBackup;
  const firstBackup: Step = last
    ? {
        key: 'firstBackup',
        state: 'done',
        detail: t('firstBackup.done', {
          when: format.relative(last.finishedAt ?? last.startedAt, now),
        }),
      }
    : overview.runningJob
      ? { key: 'firstBackup', state: 'running', detail: t('firstBackup.running') }
      : {
          key: 'firstBackup',
          state: 'todo',
          detail: overview.nextBackupAt
            ? t('firstBackup.todo', { when: format.dateTime(overview.nextBackupAt) })
            : t('firstBackup.todoNoPlan'),
        };
  // The backend's rule (src/domain/protection.ts): a space is protected once a backup of it
  // succeeded within the plan's period; any that is not raises SPACES_UNPROTECTED with counts.
  const unprotected = overview.alerts.find((alert) => alert.code === 'SPACES_UNPROTECTED');
  const total = overview.siteProjects;
  const known = !overview.partial && total !== null && total > 0 && last !== null;
  let everySpace: Step;
  if (unprotected) {
    const count = Number(unprotected.params.total);
    everySpace = {
      key: 'everySpace',
      state: 'todo',
      detail: t('everySpace.todo', {
        count,
        protected: format.number(Number(unprotected.params.protected)),
      }),
    };
  } else if (known) {
    everySpace = {
      key: 'everySpace',
      state: 'done',
      detail: t('everySpace.done', { count: total }),
    };
  } else {
    everySpace = {
      key: 'everySpace',
      state: 'todo',
      detail: t('everySpace.afterFirstBackup'),
    };
  }
  return [
    {
      key: 'connect',
      state: 'done',
      detail: t('connect.done', {
        region: i18n.t(`region.${overview.region}`),
        email: overview.token.email ?? '',
      }),
    },
    firstBackup,
    everySpace,
  ];
}

export interface GetStartedProps {
  overview: Overview;
  /** The app's main page in Jira; undefined when the host did not say where it is. */
  mainPageUrl: string | undefined;
  /** The setup form, while the site is not connected. */
  setupForm: ReactNode;
}

/**
 * What Jira shows right after install ("Get started"): what the app does, what connecting it
 * needs, and the steps to a site whose every space is backed up, each with its state.
 */
export default function GetStarted({ overview, mainPageUrl, setupForm }: GetStartedProps) {
  const t = useGetStartedWords();
  const steps = useSteps(overview);
  const allDone = steps.every((step) => step.state === 'done');
  const openTokenPage = (event: MouseEvent) => {
    event.preventDefault();
    void openInNewTab(API_TOKENS_URL);
  };
  const toMainPage = mainPageUrl ? (
    <div>
      <Button
        appearance={allDone || overview.connected ? 'primary' : 'default'}
        onClick={() => void navigateInJira(mainPageUrl)}
      >
        {t('openMain')}
      </Button>
    </div>
  ) : null;

  return (
    <>
      <PageHeader />
      <Stack space="space.400">
        <Stack space="space.150">
          <Heading size="medium" as="h2">
            {t('title')}
          </Heading>
          <Text as="p">{t('what')}</Text>
        </Stack>

        {allDone ? (
          <SectionMessage appearance="success" title={t('allDone.title')}>
            <p>{t('allDone.body')}</p>
          </SectionMessage>
        ) : null}

        <Stack space="space.100">
          <Heading size="small" as="h3">
            {t('needs.title')}
          </Heading>
          <Box as="ul" xcss={listStyles}>
            <li>
              <Text>{t('needs.region')}</Text>
            </li>
            <li>
              <Text>{t('needs.token')} </Text>
              <Anchor href={API_TOKENS_URL} onClick={openTokenPage} xcss={linkStyles}>
                {t('needs.tokenLink')}
              </Anchor>
            </li>
          </Box>
        </Stack>

        <Stack space="space.100">
          <Heading size="small" as="h3" id="get-started-steps">
            {t('steps.title')}
          </Heading>
          <Box as="ol" xcss={stepsStyles} aria-labelledby="get-started-steps">
            {steps.map((step, index) => {
              const lozenge = STATE_LOZENGE[step.state];
              return (
                <Box
                  as="li"
                  key={step.key}
                  xcss={stepStyles}
                  data-step={step.key}
                  data-state={step.state}
                >
                  <Inline space="space.200" alignBlock="start" shouldWrap>
                    <Box xcss={stateStyles}>
                      <Lozenge appearance={lozenge.appearance}>{t(lozenge.label)}</Lozenge>
                    </Box>
                    <Stack space="space.050">
                      <Text weight="semibold">
                        {t('stepNumber', { number: index + 1 })} {t(`${step.key}.title`)}
                      </Text>
                      <Text color="color.text.subtle">{step.detail}</Text>
                    </Stack>
                  </Inline>
                </Box>
              );
            })}
          </Box>
        </Stack>

        {setupForm}
        {toMainPage}
      </Stack>
    </>
  );
}
