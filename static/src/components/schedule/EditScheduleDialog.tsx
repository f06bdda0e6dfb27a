import { useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Legend } from '@atlaskit/form';
import { Box, Grid, Text, xcss } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import {
  WEEKDAYS,
  type SavedSchedule,
  type Schedule,
  type VersionedSchedule,
  type Weekday,
} from '../../../../src/contract';
import { DEFAULT_SCHEDULE } from '../../../../src/domain/defaultSchedule';
import { isValidTimeZone, nextBackupTimes } from '../../../../src/domain/schedule';
import { api } from '../../api';
import { backendNow } from '../../backendClock';
import { describeSchedule } from '../../wording/describe';
import { describeError, fieldAtFault, fieldMessage } from '../../wording/errors';
import type { Formatter } from '../../wording/format';
import { useCall } from '../../hooks/useCall';
import { useI18n } from '../../hooks/useI18n';
import { DialogFrame } from '../shared/DialogFrame';
import { StillWorking } from '../shared/StillWorking';
import { FieldMessages, FormField, describedBy } from '../shared/FormParts';

export interface EditScheduleDialogProps {
  schedule: VersionedSchedule | null;
  /** The version to save against, also when no schedule exists yet. */
  version: string;
  onSaved: (saved: SavedSchedule) => void;
  /** After a conflict: the page reads the stored schedule again (its version arrives here). */
  onStale: () => void;
  onClose: () => void;
}

interface Option<T> {
  label: string;
  value: T;
}

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);
const PREVIEW_COUNT = 3;
const SCHEDULE_FIELDS = ['days', 'hour', 'timezone'];

/** Every zone the browser knows, with its current offset so "GMT+1" finds it too. */
function zoneOptions(extra: string[]): Option<string>[] {
  const zones = new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...extra]);
  const now = backendNow();
  return [...zones].filter(isValidTimeZone).map((zone) => {
    const offset =
      new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'shortOffset' })
        .formatToParts(now)
        .find((part) => part.type === 'timeZoneName')?.value ?? '';
    return { value: zone, label: `${zone.replace(/_/g, ' ')} (${offset})` };
  });
}

function wallClock(date: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    dateStyle: 'short',
    timeStyle: 'short',
    hourCycle: 'h23',
  }).format(date);
}

const formStyles = xcss({ display: 'flex', flexDirection: 'column', gap: 'space.200' });
const fieldsetStyles = xcss({ margin: 'space.0', padding: 'space.0', minWidth: '0' });
// The preview's heading reads as the fields' labels (and the days' legend) do.
const labelStyles = xcss({
  color: 'color.text.subtle',
  font: 'font.body.small',
  fontWeight: 'font.weight.semibold',
});
const smallHeadingStyles = [labelStyles, xcss({ margin: 'space.0' })];
const previewSectionStyles = xcss({ display: 'flex', flexDirection: 'column', gap: 'space.050' });
const previewStyles = xcss({
  margin: 'space.0',
  paddingInlineStart: 'space.250',
  display: 'flex',
  flexDirection: 'column',
  gap: 'space.050',
});

function Hint({ children }: { children: string }) {
  return (
    <Text as="p" size="small" color="color.text.subtle">
      {children}
    </Text>
  );
}

function Preview({ schedule, format }: { schedule: Schedule; format: Formatter }) {
  const { t } = useI18n();
  if (schedule.days.length === 0) return <Hint>{t('edit.previewNone')}</Hint>;
  if (!isValidTimeZone(schedule.timezone)) return null;
  const runs = nextBackupTimes(schedule, backendNow(), PREVIEW_COUNT);
  if (runs.length === 0) return <Hint>{t('edit.previewEmpty')}</Hint>;
  return (
    <Box as="ol" xcss={previewStyles}>
      {runs.map((run) => (
        <li key={run.toISOString()}>
          {format.dateTime(run, schedule.timezone)}
          {wallClock(run, schedule.timezone) !== wallClock(run, format.timeZone) ? (
            <Text color="color.text.subtle">
              {' '}
              ({t('edit.previewYourTime', { time: format.dateTime(run) })})
            </Text>
          ) : null}
        </li>
      ))}
    </Box>
  );
}

export default function EditScheduleDialog(props: EditScheduleDialogProps) {
  const i18n = useI18n();
  const { t, format } = i18n;
  // Without a plan, the service's default one, in its own zone (UTC), so saving it unchanged
  // keeps it where it runs; the preview gives the viewer's time beside it.
  const initial: Schedule = props.schedule ?? DEFAULT_SCHEDULE;
  const [days, setDays] = useState<Weekday[]>([...initial.days]);
  const [hour, setHour] = useState(initial.hour);
  const [timezone, setTimezone] = useState(initial.timezone);
  // The version the edit is based on: of the schedule the dialog opened on, or that the admin
  // chose to edit from after a conflict. Not the page's latest: a read while the dialog is open
  // must not turn a save over someone else's change into an overwrite. With no schedule left
  // to base it on (removed meanwhile), the page's reads say what to save against.
  const [base, setBase] = useState<string | null>(props.version);
  const version = base ?? props.version;
  // undefined: no conflict; null: the schedule was removed meanwhile.
  const [conflict, setConflict] = useState<VersionedSchedule | null | undefined>(undefined);
  const { run, error, pending: saving } = useCall(api.saveSchedule);
  const failure = error?.code === 'CONFLICT' ? null : error;
  const firstDay = useRef<HTMLInputElement>(null);

  const zones = useMemo(
    () => zoneOptions([format.timeZone, initial.timezone]),
    [format.timeZone, initial],
  );
  const hours = useMemo(
    () => HOURS.map((value) => ({ value, label: format.hour(value) })),
    [format],
  );
  const schedule: Schedule = { days, hour, timezone };
  const faultyField = failure ? fieldAtFault(failure, SCHEDULE_FIELDS) : null;
  const fieldError = (field: string) =>
    failure && faultyField === field ? fieldMessage(failure, i18n) : undefined;
  const daysError =
    [days.length === 0 ? t('edit.noDays') : '', fieldError('days') ?? '']
      .filter(Boolean)
      .join(' ') || undefined;

  const toggle = (day: Weekday, checked: boolean) =>
    setDays((current) => WEEKDAYS.filter((d) => (d === day ? checked : current.includes(d))));

  const editFrom = (current: VersionedSchedule) => {
    setDays(current.days);
    setHour(current.hour);
    setTimezone(current.timezone);
    setBase(current.version);
    setConflict(undefined);
  };

  const save = async () => {
    if (days.length === 0) {
      firstDay.current?.focus();
      return;
    }
    const result = await run({ ...schedule, version });
    if (result?.ok) props.onSaved(result.data);
    else if (result?.error.code === 'CONFLICT') {
      const current = result.error.current ?? null;
      setConflict(current);
      // Without the stored schedule the reply carries no version: the page's reads do.
      if (current === null) setBase(null);
      props.onStale();
    }
  };

  const generalFailure = faultyField === null ? failure : null;

  return (
    <DialogFrame
      title={t('edit.title')}
      onClose={props.onClose}
      width="medium"
      footer={
        <>
          <StillWorking busy={saving} />
          <Button appearance="subtle" onClick={props.onClose}>
            {t('action.cancel')}
          </Button>
          <Button appearance="primary" type="submit" form="edit-schedule" isLoading={saving}>
            {t('action.save')}
          </Button>
        </>
      }
    >
      <Box
        as="form"
        id="edit-schedule"
        xcss={formStyles}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p>{t('edit.intro')}</p>
        {conflict !== undefined ? (
          <SectionMessage
            appearance="warning"
            title={t('edit.conflictTitle')}
            actions={
              conflict
                ? [
                    <SectionMessageAction key="use" onClick={() => editFrom(conflict)}>
                      {t('edit.conflictUseCurrent')}
                    </SectionMessageAction>,
                  ]
                : []
            }
          >
            <p>
              {conflict
                ? t('edit.conflictBody', { schedule: describeSchedule(conflict, i18n) })
                : t('edit.conflictRemoved')}
            </p>
          </SectionMessage>
        ) : null}
        {generalFailure ? (
          <SectionMessage appearance="error" title={t('edit.saveFailed')}>
            <p>{describeError(generalFailure, i18n)}</p>
          </SectionMessage>
        ) : null}
        {/* Atlaskit's Fieldset takes only a legend and children: the group's own fieldset
            carries its error as its description, under Atlaskit's Legend. */}
        <Box
          as="fieldset"
          xcss={fieldsetStyles}
          aria-describedby={describedBy('schedule-days', null, daysError)}
        >
          <Legend>{t('edit.days')}</Legend>
          <Grid templateColumns="repeat(auto-fill, minmax(130px, 1fr))" gap="space.050">
            {WEEKDAYS.map((day, index) => (
              <Checkbox
                key={day}
                ref={index === 0 ? firstDay : undefined}
                name="days"
                value={day}
                label={t(`weekday.${day}`)}
                isChecked={days.includes(day)}
                isInvalid={days.length === 0}
                onChange={(event) => toggle(day, event.target.checked)}
              />
            ))}
          </Grid>
          <FieldMessages id="schedule-days" error={daysError} />
        </Box>
        <Grid templateColumns="minmax(120px, 1fr) minmax(200px, 2fr)" gap="space.200">
          <FormField
            id="schedule-hour"
            name="hour"
            label={t('edit.hour')}
            error={fieldError('hour')}
          >
            {() => (
              <Select<Option<number>>
                inputId="schedule-hour"
                options={hours}
                value={hours.find((option) => option.value === hour) ?? null}
                onChange={(option) => option && setHour(option.value)}
                isInvalid={fieldError('hour') !== undefined}
                menuPosition="fixed"
              />
            )}
          </FormField>
          <FormField
            id="schedule-zone"
            name="timezone"
            label={t('edit.timeZone')}
            hint={t('edit.timeZoneHint')}
            error={fieldError('timezone')}
          >
            {(describedBy) => (
              <Select<Option<string>>
                inputId="schedule-zone"
                options={zones}
                value={zones.find((option) => option.value === timezone) ?? null}
                onChange={(option) => option && setTimezone(option.value)}
                noOptionsMessage={() => t('edit.noTimeZone')}
                aria-describedby={describedBy}
                isInvalid={fieldError('timezone') !== undefined}
                menuPosition="fixed"
              />
            )}
          </FormField>
        </Grid>
        <Box as="section" aria-labelledby="schedule-preview" xcss={previewSectionStyles}>
          <Box as="h2" id="schedule-preview" xcss={smallHeadingStyles}>
            {t('edit.preview')}
          </Box>
          <Preview schedule={schedule} format={format} />
        </Box>
      </Box>
    </DialogFrame>
  );
}
