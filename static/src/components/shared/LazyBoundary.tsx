import { Component, Suspense, type ContextType, type ReactNode, type CSSProperties } from 'react';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { I18nContext, i18nOf } from '../../i18n';

// The spinner takes its colour from here (currentColor).
const centerStyles: CSSProperties = {
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  gap: token('space.200', '16px'),
  padding: token('space.800', '64px'),
  color: token('color.text.subtle'),
};

interface LazyBoundaryProps {
  /** Called on each render, so a part reset after a failure is picked up. */
  children: () => ReactNode;
  /** Clears the failed download before trying again. */
  onRetry: () => void;
  /** What shows while the code downloads; a spinner by default. */
  fallback?: ReactNode;
  /** Offered next to Retry when the part is optional, e.g. a dialog. */
  onGiveUp?: () => void;
}

/** Shows a lazily loaded part of the page; a failed download becomes a message with Retry. */
export class LazyBoundary extends Component<LazyBoundaryProps, { failed: boolean }> {
  static override contextType = I18nContext;
  declare context: ContextType<typeof I18nContext>;
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render() {
    const { t } = i18nOf(this.context);
    if (this.state.failed) {
      const actions = [
        <SectionMessageAction key="retry" onClick={this.retry}>
          {t('action.retry')}
        </SectionMessageAction>,
      ];
      if (this.props.onGiveUp) {
        actions.push(
          <SectionMessageAction key="cancel" onClick={this.props.onGiveUp}>
            {t('action.cancel')}
          </SectionMessageAction>,
        );
      }
      return (
        <SectionMessage appearance="error" actions={actions}>
          <p>{t('part.failed')}</p>
        </SectionMessage>
      );
    }
    const fallback = this.props.fallback ?? (
      <div style={centerStyles}>
        <Spinner size="medium" label={t('loading.part')} />
      </div>
    );
    return <Suspense fallback={fallback}>{this.props.children()}</Suspense>;
  }
}
