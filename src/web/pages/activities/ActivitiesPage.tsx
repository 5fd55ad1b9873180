import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ActivityPlan } from '../../activities-types.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { ActivityTabs } from './ActivityTabs.js';
import { AddActivityForm } from './AddActivityForm.js';
import { PlanGroups } from './PlanGroups.js';
import type { Activity } from '../../activities-types.js';
import { Timeline } from './Timeline.js';
import '../../activities.css';

const templates = ['codesign', 'governance', 'learning_network'] as const;

/** The programme's activity plan: generate from a template, filter by municipality, timeline, warnings, table. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const [municipalityId, setMunicipalityId] = useState('');
  const plan = useApi<ActivityPlan>(`${base}/activities${municipalityId ? `?municipalityId=${municipalityId}` : ''}`);
  const [template, setTemplate] = useState<string>(programme.kind === 'learning_network' ? 'learning_network' : 'codesign');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Activity | null>(null);
  const addedRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const data = plan.data;
  const placeName = (id: string | null) => (id ? data?.municipalities.find((m) => m.id === id)?.name ?? '' : t('activities.programmeWide'));
  // After adding: the form closes, the page says what was added and where, and focus goes to that message.
  const onAdded = (activity: Activity) => {
    setAdding(false);
    setAdded(activity);
    setStatus(null);
    plan.reload();
    requestAnimationFrame(() => addedRef.current?.focus());
  };
  const warned = new Set(data?.warnings.flatMap((w) => [w.activityId]) ?? []);
  const generate = async () => {
    setError(null);
    try {
      const r = await api<{ created: number; existing: number }>(`${base}/activity-plan/generate`, { method: 'POST', body: { template } });
      setStatus(t('activities.generate.result', r));
      plan.reload();
    } catch (e) {
      setStatus(null);
      setError((e as Error).message);
    }
  };
  const lanes = data ? [
    ...(municipalityId ? [] : [{ id: null, name: t('activities.programmeWide') }]),
    ...data.municipalities.filter((m) => !municipalityId || m.id === municipalityId),
  ] : [];

  return (
    <div className="page">
      <PageHeader title={t('activities.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('activities.title'), to: `${base}/activities` }]} />
      <ActivityTabs />
      {data?.mayPlan && !archived ? (
        <div className="button-row">
          <Button ref={openRef} data-testid="add-activity-open" aria-expanded={adding} aria-controls="add-activity" onClick={() => { setAdding((a) => !a); setAdded(null); }}>
            {t('coordinator.add.open')}
          </Button>
        </div>
      ) : null}
      {adding && data ? (
        <div id="add-activity">
          <AddActivityForm programmeId={programme.id} plan={data} onAdded={onAdded} onCancel={() => { setAdding(false); openRef.current?.focus(); }} />
        </div>
      ) : null}
      <div role="status" aria-live="polite" className="status-region" data-testid="add-activity-result">
        {added ? (
          <Alert data-color="success" ref={addedRef} tabIndex={-1}>
            <Paragraph>
              {t('coordinator.add.done', { name: added.name, place: placeName(added.municipalityId) })}{' '}
              <Link to={`${base}/activities/${added.id}`}>{t('coordinator.add.openIt')}</Link>
            </Paragraph>
          </Alert>
        ) : null}
      </div>
      <StatusMessage message={status} />
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      {!data ? <LoadState error={plan.error} /> : (
        <>
          {data.mayPlan && !archived ? (
            <Card className="form-card">
              <Heading level={2} data-size="xs">{t('activities.generate.heading')}</Heading>
              <div className="inline-form">
                <SelectField id="plan-template" label={t('activities.generate.template')} value={template} onChange={setTemplate}>
                  {templates.map((k) => <option key={k} value={k}>{t(`activities.generate.templates.${k}`)}</option>)}
                </SelectField>
                <Button onClick={generate} data-testid="generate-plan">{t('activities.generate.button')}</Button>
              </div>
            </Card>
          ) : null}
          <SelectField id="plan-municipality" label={t('activities.municipalityFilter')} value={municipalityId} onChange={setMunicipalityId}>
            <option value="">{t('activities.allMunicipalities')}</option>
            {data.municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </SelectField>
          <section aria-labelledby="plan-warnings" data-testid="plan-warnings">
            <Heading level={2} data-size="xs" id="plan-warnings">{t('activities.warnings.heading')}</Heading>
            {data.warnings.length === 0 ? <Paragraph>{t('activities.warnings.none')}</Paragraph> : (
              <Alert data-color="warning">
                <ul>{data.warnings.map((w) => <li key={`${w.kind}-${w.activityId}-${w.otherActivityId}`}>{w.message}</li>)}</ul>
              </Alert>
            )}
          </section>
          {data.activities.length === 0 ? <Paragraph>{t('activities.generate.empty')}</Paragraph> : (
            <section aria-labelledby="plan-timeline">
              <Heading level={2} data-size="xs" id="plan-timeline">{t('activities.timeline.heading')}</Heading>
              <Timeline activities={data.activities} dependencies={data.dependencies} lanes={lanes} warned={warned} />
              <PlanGroups plan={data} activities={data.activities} lanes={lanes} warned={warned} highlight={added?.id} />
            </section>
          )}
        </>
      )}
    </div>
  );
}
