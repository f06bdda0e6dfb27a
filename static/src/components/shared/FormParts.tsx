import type { ReactNode } from 'react';
import { Label } from '@atlaskit/form';
import { useI18n } from '../../hooks/useI18n';
import { styles } from '../../styles';

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} style={styles.error}>
      {message}
    </p>
  ) : null;
}

/**
 * A field's label (Atlaskit's), with the asterisk that marks a required one (its input says so
 * to AT). The asterisk sits beside the label, not in it as `Field`'s own label puts it: the
 * field's name stays its label alone.
 */
export function FieldLabel({
  htmlFor,
  required,
  children,
}: {
  htmlFor: string;
  required?: boolean;
  children: ReactNode;
}) {
  return (
    <span>
      <Label htmlFor={htmlFor} id={`${htmlFor}-label`}>
        {children}
      </Label>
      {required ? (
        <span aria-hidden="true" style={styles.requiredMark}>
          {' *'}
        </span>
      ) : null}
    </span>
  );
}

/** "Fields marked * are required", above a form that has some. */
export function RequiredNote() {
  const { t } = useI18n();
  return <p style={styles.hint}>{t('field.requiredNote')}</p>;
}
