import { useEffect, useMemo, useRef, useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Legend } from '@atlaskit/form';
import Modal, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
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
import { api, type PageError } from '../../api';
import { backendNow } from '../../backendClock';
import { describeSchedule } from '../../wording/describe';
import { describeError, fieldAtFault, fieldMessage } from '../../wording/errors';
import type { Formatter } from '../../wording/format';
import { useI18n } from '../../hooks/useI18n';
import { StillWorking } from '../shared/StillWorking';
import { FieldMessages, FormField, describedBy } from '../shared/FormParts';

export interface EditScheduleDialogProps {
  schedule: VersionedSchedule | null;
  /** The version to save against, also when no schedule exists yet. */
  version: string;
  onSaved: (saved: SavedSchedule) => void;
  /**
   * Re-reads the page; answers the stored schedule version, or null when the read failed or a
   * newer read answered instead (whose version then arrives as `version`).
   */
  onStale: () => Promise<string | null>;
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
  const [version, setVersion] = useState(props.version);
  // After a conflict with no schedule left, the page's next read says what to save against: the
  // dialog's own re-read may fail, or a newer read of the page may answer instead of it.
  const awaitingVersion = useRef(false);
  useEffect(() => {
    if (!awaitingVersion.current) return;
    awaitingVersion.current = false;
    setVersion(props.version);
  }, [props.version]);
  // undefined: no conflict; null: the schedule was removed meanwhile.
  const [conflict, setConflict] = useState<VersionedSchedule | null | undefined>(undefined);
  const [failure, setFailure] = useState<PageError | null>(null);
  const [saving, setSaving] = useState(false);
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
    setVersion(current.version);
    setConflict(undefined);
  };

  const save = async () => {
    if (days.length === 0) {
      firstDay.current?.focus();
      return;
    }
    setSaving(true);
    setFailure(null);
    const result = await api.saveSchedule({ ...schedule, version });
    if (result.ok) {
      props.onSaved(result.data);
      return;
    }
    setSaving(false);
    if (result.error.code === 'CONFLICT') {
      const current = result.error.current ?? null;
      setConflict(current);
      // Without the stored schedule the reply carries no version: the page's next read does.
      if (current === null) {
        // A read since the dialog opened may already know the newer version.
        awaitingVersion.current = props.version === version;
        if (!awaitingVersion.current) setVersion(props.version);
        const stored = await props.onStale();
        if (stored !== null) {
          awaitingVersion.current = false;
          setVersion(stored);
        }
      } else {
        void props.onStale();
      }
      return;
    }
    setFailure(result.error);
  };

  const generalFailure = faultyField === null ? failure : null;

  return (
    <Modal onClose={props.onClose} width="medium">
      <ModalHeader hasCloseButton closeButtonLabel={t('action.close')}>
        <ModalTitle>{t('edit.title')}</ModalTitle>
      </ModalHeader>
      <ModalBody>
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
      </ModalBody>
      <ModalFooter>
        <StillWorking busy={saving} />
        <Button appearance="subtle" onClick={props.onClose}>
          {t('action.cancel')}
        </Button>
        <Button appearance="primary" type="submit" form="edit-schedule" isLoading={saving}>
          {t('action.save')}
        </Button>
      </ModalFooter>
    </Modal>
  );
}
