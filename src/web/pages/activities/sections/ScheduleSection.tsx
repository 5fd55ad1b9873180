import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { ActivityWarning, SectionProps } from '../../../activities-types.js';
import { ConfirmDialog } from '../../../components/ConfirmDialog.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { ProblemAlert } from '../ProblemAlert.js';

/** ISO instant → the value a datetime-local input shows (local time). */
const toLocalInput = (iso: string | null) => {
  if (!iso) return '';
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

/** Schedule or move (with confirmation once invitees may have a time), mark as held. Cancelling is its own section (CancelSection). */
export function ScheduleSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t } = useTranslation();
  const a = detail.activity;
  const path = `/programmes/${programmeId}/activities/${a.id}`;
  const [values, setValues] = useState({ startsAt: toLocalInput(a.startsAt), endsAt: toLocalInput(a.endsAt), location: a.location });
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<ActivityWarning[]>([]);
  const [confirm, setConfirm] = useState<'move' | null>(null);
  const editable = detail.mayWrite && !archived && a.status !== 'cancelled';

  const save = async () => {
    const body = { startsAt: new Date(values.startsAt).toISOString(), endsAt: values.endsAt ? new Date(values.endsAt).toISOString() : null, location: values.location };
    const result = await api<{ warnings: ActivityWarning[] }>(`${path}/schedule`, { method: 'PATCH', body });
    setWarnings(result.warnings);
    setStatus(t('activities.schedule.saved'));
    setConfirm(null);
    reload();
  };
  const submit = async () => {
    setError(null);
    if (!values.startsAt) return;
    if (a.startsAt) return setConfirm('move');
    try { await save(); } catch (e) { setStatus(null); setError(e); }
  };
  const act = async (action: () => Promise<unknown>, message: string) => {
    setError(null);
    try { await action(); setStatus(message); reload(); } catch (e) { setStatus(null); setError(e); }
  };

  return (
    <Card data-testid="schedule-section">
      <Heading level={2} data-size="xs">{t('activities.schedule.heading')}</Heading>
      <StatusMessage message={status} />
      <ProblemAlert error={error} />
      {warnings.length ? (
        <Alert data-color="warning" data-testid="schedule-warnings"><ul>{warnings.map((w) => <li key={`${w.activityId}-${w.otherActivityId}`}>{w.message}</li>)}</ul></Alert>
      ) : null}
      {editable ? (
        <>
          <div className="inline-form">
            <Textfield id="schedule-start" type="datetime-local" label={t('activities.schedule.startsAt')} value={values.startsAt} onChange={(e) => setValues((v) => ({ ...v, startsAt: e.target.value }))} />
            <Textfield id="schedule-end" type="datetime-local" label={t('activities.schedule.endsAt')} value={values.endsAt} onChange={(e) => setValues((v) => ({ ...v, endsAt: e.target.value }))} />
            <Textfield id="schedule-location" label={t('activities.detail.location')} value={values.location} onChange={(e) => setValues((v) => ({ ...v, location: e.target.value }))} />
            <Button onClick={submit} disabled={!values.startsAt}>{t('activities.schedule.save')}</Button>
          </div>
          <div className="inline-form">
            {a.status === 'scheduled' && a.startsAt && Date.parse(a.startsAt) <= Date.now() ? <Button variant="secondary" onClick={() => act(() => api(`${path}/held`, { method: 'POST' }), t('activities.schedule.held'))}>{t('activities.schedule.markHeld')}</Button> : null}
          </div>
        </>
      ) : <Paragraph>{t(`activities.statuses.${a.status}`)}</Paragraph>}
      <ConfirmDialog open={confirm === 'move'} title={t('activities.schedule.save')} message={t('activities.schedule.confirmMove', { activity: a.name })} confirmLabel={t('activities.schedule.confirm')} onConfirm={save} onClose={() => setConfirm(null)} />
    </Card>
  );
}
