import { useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import type { TokenMetadata } from '../../../../src/contract';
import { api } from '../../api';
import { describeError } from '../../errors';
import ConfirmDialog from '../shared/ConfirmDialog';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';
import { HandOffButton } from '../shared/HandOffButton';
import { StillWorking } from '../shared/StillWorking';
import { RequiredNote } from '../shared/FormParts';
import { TOKEN_FIELDS, TokenFields } from './TokenFields';
import { useCredentialsSubmit } from './useCredentialsSubmit';

const ID_PREFIX = 'settings';
const focusField = (field: string) => document.getElementById(`${ID_PREFIX}-${field}`)?.focus();

export interface SettingsTabProps {
  token: TokenMetadata;
  onTokenUpdated: (token: TokenMetadata) => void;
  /** Set when an alert sent the admin here to replace the token. */
  focusToken: boolean;
  /**
   * After Disconnect: the page then shows the setup form. Without it, the page hears that no
   * token is configured any more (`onTokenUpdated`) and reads the overview again, which is then
   * the not-connected one.
   */
  onDisconnected?: () => void;
}

/** The Jira credentials GitProtect uses, and the form that replaces the API token. */
export default function SettingsTab({
  token,
  onTokenUpdated,
  focusToken,
  onDisconnected,
}: SettingsTabProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  const [saved, setSaved] = useState(false);
  const {
    values,
    change,
    errors,
    failure,
    busy: saving,
    submit: submitCredentials,
  } = useCredentialsSubmit({
    idPrefix: ID_PREFIX,
    fields: TOKEN_FIELDS,
    initialEmail: token.email ?? '',
    send: (credentials) => api.updateJiraToken(credentials),
    onAccepted: (updated: TokenMetadata) => {
      setSaved(true);
      onTokenUpdated(updated);
    },
  });
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false);
  useEffect(() => {
    if (focusToken) focusField('token');
  }, [focusToken]);

  const submit = () => {
    setSaved(false);
    return submitCredentials();
  };

  const disconnect = async () => {
    const result = await api.disconnect();
    if (!result.ok) return describeError(result.error, i18n);
    if (onDisconnected) onDisconnected();
    else onTokenUpdated({ configured: false });
    return null;
  };

  return (
    <div style={{ ...styles.stack, ...styles.section }}>
      <section aria-labelledby="credentials-heading">
        <Heading size="medium" as="h2" id="credentials-heading">
          {t('settings.heading')}
        </Heading>
        <p style={styles.subtle}>{t('settings.intro')}</p>
        <dl style={styles.facts}>
          <div style={styles.fact}>
            <dt style={styles.factLabel}>{t('settings.email')}</dt>
            <dd style={styles.factValue}>{token.email ?? t('settings.tokenNotSet')}</dd>
          </div>
          <div style={styles.fact}>
            <dt style={styles.factLabel}>{t('settings.token')}</dt>
            <dd style={styles.factValue}>
              {token.configured && token.lastFour
                ? t('settings.tokenMasked', { lastFour: token.lastFour })
                : t('settings.tokenNotSet')}
            </dd>
          </div>
          <div style={styles.fact}>
            <dt style={styles.factLabel}>{t('settings.updated')}</dt>
            <dd style={styles.factValue}>
              {token.updatedAt ? format.dateTime(token.updatedAt) : '–'}
            </dd>
          </div>
          <div style={styles.fact}>
            <dt style={styles.factLabel}>{t('settings.expires')}</dt>
            <dd style={styles.factValue}>
              {token.expiresOn ? format.calendarDay(token.expiresOn) : t('settings.noExpiry')}
            </dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="replace-heading" style={styles.section}>
        <Heading size="small" as="h3" id="replace-heading">
          {t('settings.replaceHeading')}
        </Heading>
        <div role="status" style={saved ? styles.section : undefined}>
          {saved ? (
            <SectionMessage appearance="success">
              <p>{t('settings.saved')}</p>
            </SectionMessage>
          ) : null}
        </div>
        <form
          noValidate
          style={{ ...styles.form, ...styles.section }}
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          {failure ? (
            <SectionMessage appearance="error" title={t('settings.failed')}>
              <p>{describeError(failure, i18n)}</p>
            </SectionMessage>
          ) : null}
          <RequiredNote />
          <TokenFields idPrefix={ID_PREFIX} values={values} errors={errors} onChange={change} />
          <Inline space="space.150" alignBlock="center" shouldWrap>
            <Button type="submit" appearance="primary" isLoading={saving}>
              {t('settings.submit')}
            </Button>
            <StillWorking busy={saving} />
          </Inline>
        </form>
      </section>
      <section aria-labelledby="notify-heading" style={styles.section}>
        <Heading size="small" as="h3" id="notify-heading">
          {t('settings.notifyHeading')}
        </Heading>
        <p style={styles.subtle}>{t('settings.notifyIntro')}</p>
        <HandOffButton destination={{ kind: 'NOTIFICATION_SETTINGS' }}>
          {t('handOff.notifications')}
        </HandOffButton>
      </section>
      <section aria-labelledby="disconnect-heading" style={styles.section}>
        <Heading size="small" as="h3" id="disconnect-heading">
          {t('settings.disconnectHeading')}
        </Heading>
        <p style={styles.subtle}>{t('settings.disconnectIntro')}</p>
        <div>
          <Button appearance="danger" onClick={() => setConfirmingDisconnect(true)}>
            {t('settings.disconnect')}
          </Button>
        </div>
      </section>
      {confirmingDisconnect ? (
        <ConfirmDialog
          title={t('disconnect.title')}
          body={t('disconnect.body')}
          confirmLabel={t('settings.disconnect')}
          failureTitle={t('disconnect.failed')}
          appearance="danger"
          onConfirm={disconnect}
          onClose={() => setConfirmingDisconnect(false)}
        />
      ) : null}
    </div>
  );
}
