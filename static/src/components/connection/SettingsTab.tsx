import { useEffect, useRef, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { TokenMetadata } from '../../../../src/contract';
import { api } from '../../api';
import { useDialogs } from '../../hooks/useDialogs';
import { useI18n } from '../../hooks/useI18n';
import { Fact, Facts } from '../shared/Facts';
import { HandOffButton } from '../shared/HandOffButton';
import { RequiredNote } from '../shared/FormParts';
import { CredentialsForm } from './CredentialsForm';
import { TokenFields } from './TokenFields';
import { TOKEN_FIELDS } from './tokenValues';
import { useCredentialsSubmit } from './useCredentialsSubmit';

const ID_PREFIX = 'settings';

const tabStyles = xcss({
  display: 'flex',
  flexDirection: 'column',
  gap: 'space.200',
  marginBlockStart: 'space.300',
});
const spacedStyles = xcss({ marginBlockStart: 'space.300' });
const introStyles = xcss({ color: 'color.text.subtle' });

/** One of the tab's sections under the credentials: its heading, what it is for, its controls. */
function SettingsSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <Box as="section" aria-labelledby={id} xcss={spacedStyles}>
      <Heading size="small" as="h3" id={id}>
        {title}
      </Heading>
      {intro ? (
        <Box as="p" xcss={introStyles}>
          {intro}
        </Box>
      ) : null}
      {children}
    </Box>
  );
}
const focusField = (field: string) => document.getElementById(`${ID_PREFIX}-${field}`)?.focus();

/** A request to focus a field; each has a new `request` number, so the same one twice works. */
export interface SettingsFocus {
  field: 'token' | 'disconnect';
  request: number;
}

export interface SettingsTabProps {
  token: TokenMetadata;
  onTokenUpdated: (token: TokenMetadata) => void;
  /**
   * Where an alert sent the admin: the token field to replace the token, or Disconnect, where
   * reconnecting starts (it then has the focus, and so comes into view).
   */
  focus?: SettingsFocus | null;
}

/** The Jira credentials GitProtect uses, and the form that replaces the API token. */
export default function SettingsTab({ token, onTokenUpdated, focus = null }: SettingsTabProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [saved, setSaved] = useState(false);
  const credentials = useCredentialsSubmit({
    idPrefix: ID_PREFIX,
    fields: TOKEN_FIELDS,
    send: (input) => api.updateJiraToken(input),
    onAccepted: (updated: TokenMetadata) => {
      setSaved(true);
      onTokenUpdated(updated);
    },
  });
  const dialogs = useDialogs();
  const disconnectButton = useRef<HTMLButtonElement>(null);
  const focusOn = focus?.field;
  const focusRequest = focus?.request;
  useEffect(() => {
    if (focusOn === 'token') focusField('token');
    else if (focusOn === 'disconnect') disconnectButton.current?.focus();
  }, [focusOn, focusRequest]);

  const submit: typeof credentials.onSubmit = (values, form) => {
    setSaved(false);
    return credentials.onSubmit(values, form);
  };

  const facts: [string, string][] = [
    [t('settings.email'), token.email ?? t('settings.tokenNotSet')],
    [
      t('settings.token'),
      token.configured && token.lastFour
        ? t('settings.tokenMasked', { lastFour: token.lastFour })
        : t('settings.tokenNotSet'),
    ],
    [t('settings.updated'), token.updatedAt ? format.dateTime(token.updatedAt) : '–'],
    [
      t('settings.expires'),
      token.expiresOn ? format.calendarDay(token.expiresOn) : t('settings.noExpiry'),
    ],
  ];

  return (
    <Box xcss={tabStyles}>
      <section aria-labelledby="credentials-heading">
        <Heading size="medium" as="h2" id="credentials-heading">
          {t('settings.heading')}
        </Heading>
        <Box as="p" xcss={introStyles}>
          {t('settings.intro')}
        </Box>
        <Facts>
          {facts.map(([label, value]) => (
            <Fact key={label} label={label}>
              {value}
            </Fact>
          ))}
        </Facts>
      </section>
      <SettingsSection id="replace-heading" title={t('settings.replaceHeading')}>
        <Box role="status" xcss={saved ? spacedStyles : undefined}>
          {saved ? (
            <SectionMessage appearance="success">
              <p>{t('settings.saved')}</p>
            </SectionMessage>
          ) : null}
        </Box>
        <CredentialsForm
          failure={credentials.failure}
          failureTitle={t('settings.failed')}
          submitLabel={t('settings.submit')}
          busy={credentials.busy}
          onSubmit={submit}
          spaced
        >
          <RequiredNote />
          <TokenFields idPrefix={ID_PREFIX} initialEmail={token.email ?? ''} />
        </CredentialsForm>
      </SettingsSection>
      <SettingsSection
        id="notify-heading"
        title={t('settings.notifyHeading')}
        intro={t('settings.notifyIntro')}
      >
        <HandOffButton destination={{ kind: 'NOTIFICATION_SETTINGS' }}>
          {t('handOff.notifications')}
        </HandOffButton>
      </SettingsSection>
      <SettingsSection
        id="disconnect-heading"
        title={t('settings.disconnectHeading')}
        intro={t('settings.disconnectIntro')}
      >
        <div>
          <Button
            appearance="danger"
            onClick={() => dialogs.open({ kind: 'disconnect' })}
            ref={disconnectButton}
          >
            {t('settings.disconnect')}
          </Button>
        </div>
      </SettingsSection>
    </Box>
  );
}
