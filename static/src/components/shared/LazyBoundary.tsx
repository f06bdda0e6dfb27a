import { Component, Suspense, type ContextType, type ReactNode, type CSSProperties } from 'react';
import Spinner from '@atlaskit/spinner';
import { token } from '@atlaskit/tokens';
import { I18nContext, i18nOf } from '../../i18n';
import { CallFailure } from './CallFailure';

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
  /** The part drawn inside: Retry resets its failed download before trying again. */
  part: { reset: () => void };
  children: ReactNode;
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
    this.props.part.reset();
    this.setState({ failed: false });
  };

  override render() {
    const { t } = i18nOf(this.context);
    if (this.state.failed) {
      return (
        <CallFailure
          message={t('part.failed')}
          onRetry={this.retry}
          onCancel={this.props.onGiveUp}
        />
      );
    }
    const fallback = this.props.fallback ?? (
      <div style={centerStyles}>
        <Spinner size="medium" label={t('loading.part')} />
      </div>
    );
    return <Suspense fallback={fallback}>{this.props.children}</Suspense>;
  }
}
