import type { ReactNode } from 'react';
import {
  ErrorMessage,
  Field,
  HelperMessage,
  Label,
  MessageWrapper,
  RequiredAsterisk,
  type FieldProps,
} from '@atlaskit/form';
import { Text } from '@atlaskit/primitives';
import { useI18n } from '../../hooks/useI18n';

/**
 * Where a field's error words are: inside Atlaskit's ErrorMessage, without its icon. The icon is
 * labelled "error" in English whatever the page's language, and would open the field's
 * description with it ("error Fill in this field."): the description is the words alone.
 */
const errorTextId = (id: string) => `${id}-error-text`;

/** The ids that describe a field's input: its error's words, then its helper. */
export function describedBy(id: string, hint: ReactNode, error: string | undefined) {
  return (
    [error ? errorTextId(id) : '', hint ? `${id}-helper` : ''].filter(Boolean).join(' ') ||
    undefined
  );
}

/**
 * A field's helper and error under it, Atlaskit's parts in Atlaskit's MessageWrapper: a live
 * region present before any error, so an error that appears is announced.
 */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error: string | undefined;
}) {
  return (
    <MessageWrapper>
      {hint ? <HelperMessage>{hint}</HelperMessage> : null}
      {error ? (
        <ErrorMessage>
          <span id={errorTextId(id)}>{error}</span>
        </ErrorMessage>
      ) : null}
    </MessageWrapper>
  );
}

/**
 * A field's label (Atlaskit's), with Atlaskit's asterisk for a required one (its input says so
 * to AT). The asterisk sits beside the label, not in it as `Field`'s own label puts it: it is
 * hidden from AT, but a label's text still counts it, so "API token" would read "API token*"
 * wherever a label's text is matched (testing-library's getByLabelText among them).
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
        <>
          {' '}
          <RequiredAsterisk />
        </>
      ) : null}
    </span>
  );
}

interface FormFieldProps {
  /** The input's id; its helper is `<id>-helper`. */
  id: string;
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  error: string | undefined;
  /** The input, given the ids of what describes it (the error when there is one, the helper). */
  children: (describedBy: string | undefined) => ReactNode;
}

/** One field outside an Atlaskit Form (its value the caller's own): label, input, messages. */
export function FormField({ id, name, label, required, hint, error, children }: FormFieldProps) {
  return (
    <Field id={id} name={name}>
      {() => (
        <>
          <FieldLabel htmlFor={id} required={required}>
            {label}
          </FieldLabel>
          {children(describedBy(id, hint, error))}
          <FieldMessages id={id} hint={hint} error={error} />
        </>
      )}
    </Field>
  );
}

interface FormFieldOfProps<V> {
  /** The field's name in the Form's values, also its input's id. */
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  defaultValue: V;
  /** The input, given Atlaskit's `fieldProps` (its error from the Form's submit errors). */
  children: (fieldProps: FieldProps<V>) => ReactNode;
}

/**
 * One field of an Atlaskit Form: its value and its error are the Form's (the error from what
 * `onSubmit` answered), its input takes `fieldProps`.
 */
export function FormFieldOf<V>({
  name,
  label,
  required,
  hint,
  defaultValue,
  children,
}: FormFieldOfProps<V>) {
  return (
    <Field<V> id={name} name={name} isRequired={required} defaultValue={defaultValue}>
      {({ fieldProps, error }) => (
        <>
          <FieldLabel htmlFor={name} required={required}>
            {label}
          </FieldLabel>
          {children({ ...fieldProps, 'aria-describedby': describedBy(name, hint, error) })}
          <FieldMessages id={name} hint={hint} error={error} />
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
