import type { ReactNode } from 'react';
import { Field, HelperMessage, Label } from '@atlaskit/form';
import { Box, Text, xcss } from '@atlaskit/primitives';
import { useI18n } from '../../hooks/useI18n';

const requiredMark = xcss({ color: 'color.text.danger' });

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <Text as="p" id={id} size="small" color="color.text.danger">
      {message}
    </Text>
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
        <Box as="span" aria-hidden="true" xcss={requiredMark}>
          {' *'}
        </Box>
      ) : null}
    </span>
  );
}

interface FormFieldProps {
  /** The input's id; its helper and error are `<id>-helper` and `<id>-error`. */
  id: string;
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  /** The input, given the ids of what describes it (the helper, the error when there is one). */
  children: (describedBy: string | undefined) => ReactNode;
}

/** One field of a form: label, input, helper message and the error under it. */
export function FormField({ id, name, label, required, hint, error, children }: FormFieldProps) {
  const describedBy =
    [hint ? `${id}-helper` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Field id={id} name={name}>
      {() => (
        <>
          <FieldLabel htmlFor={id} required={required}>
            {label}
          </FieldLabel>
          {children(describedBy)}
          {hint ? <HelperMessage>{hint}</HelperMessage> : null}
          <FieldError id={`${id}-error`} message={error} />
        </>
      )}
    </Field>
  );
}

/** "Fields marked * are required", above a form that has some. */
export function RequiredNote() {
  const { t } = useI18n();
  return (
    <Text as="p" size="small" color="color.text.subtle">
      {t('field.requiredNote')}
    </Text>
  );
}
