import { useState } from 'react';
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
import { PlanTable } from './PlanTable.js';
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
  const data = plan.data;
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
              <PlanTable plan={data} activities={data.activities} warned={warned} />
            </section>
          )}
          {data.mayPlan && !archived ? <AddActivityForm programmeId={programme.id} plan={data} onAdded={plan.reload} /> : null}
        </>
      )}
    </div>
  );
}
