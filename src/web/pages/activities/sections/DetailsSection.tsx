import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { ActivityPlan, SectionProps } from '../../../activities-types.js';
import { SelectField } from '../../../components/SelectField.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { useApi } from '../../../hooks/useApi.js';
import { ProblemAlert } from '../ProblemAlert.js';

/** Title, seats, duration and the pilot flag; for coordinators also what the activity must come after. */
export function DetailsSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t } = useTranslation();
  const a = detail.activity;
  const path = `/programmes/${programmeId}/activities/${a.id}`;
  const plan = useApi<ActivityPlan>(detail.mayPlan && !archived ? `/programmes/${programmeId}/activities` : null);
  const [values, setValues] = useState({ title: a.title, capacity: a.capacity === null ? '' : String(a.capacity), duration: String(a.durationMinutes), isPilot: a.isPilot });
  const [after, setAfter] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (!detail.mayWrite || archived || a.status === 'cancelled') return null;
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try { await action(); setStatus(t('common.saved')); reload(); } catch (e) { setStatus(null); setError(e); }
  };
  const save = () => run(() => api(path, { method: 'PATCH', body: { title: values.title, capacity: values.capacity ? Number(values.capacity) : null, durationMinutes: Number(values.duration), isPilot: values.isPilot } }));
  const candidates = (plan.data?.activities ?? []).filter((o) => o.id !== a.id && !detail.dependsOn.some((d) => d.id === o.id));
  return (
    <Card data-testid="details-section">
      <Heading level={2} data-size="xs">{t('activities.detail.heading')}</Heading>
      <StatusMessage message={status} />
      <ProblemAlert error={error} />
      <div className="inline-form">
        <Textfield id="detail-title" label={t('activities.add.title')} value={values.title} onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} />
        <Textfield id="detail-capacity" type="number" min={1} label={t('activities.detail.capacity')} value={values.capacity} onChange={(e) => setValues((v) => ({ ...v, capacity: e.target.value }))} />
        <Textfield id="detail-duration" type="number" min={5} label={t('activities.types.duration')} value={values.duration} onChange={(e) => setValues((v) => ({ ...v, duration: e.target.value }))} />
        <Checkbox id="detail-pilot" label={t('activities.detail.pilot')} checked={values.isPilot} onChange={(e) => setValues((v) => ({ ...v, isPilot: e.target.checked }))} />
        <Button onClick={save}>{t('activities.detail.save')}</Button>
      </div>
      {detail.mayPlan && plan.data ? (
        <>
          <Heading level={3} data-size="2xs">{t('activities.detail.dependsOn')}</Heading>
          <ul className="plain-list">
            {detail.dependsOn.map((d) => (
              <li key={d.id}>
                <span>{d.name}</span>
                <Button variant="tertiary" data-size="sm" aria-label={`${t('activities.agenda.remove')}: ${d.name}`} onClick={() => run(() => api(`${path}/dependencies/${d.id}`, { method: 'DELETE' }))}>{t('activities.agenda.remove')}</Button>
              </li>
            ))}
          </ul>
          <div className="inline-form">
            <SelectField id="detail-after" label={t('activities.detail.addDependency')} value={after} onChange={setAfter}>
              <option value="">{t('common.choose')}</option>
              {candidates.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
            </SelectField>
            <Button variant="secondary" disabled={!after} onClick={() => run(async () => { await api(`${path}/dependencies`, { method: 'POST', body: { afterActivityId: after } }); setAfter(''); })}>{t('activities.agenda.add')}</Button>
          </div>
        </>
      ) : null}
    </Card>
  );
}
