import { useState } from 'react';
import { producesLabel } from './produces.js';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Heading, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ActivityPlan, ActivityType } from '../../activities-types.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { ActivityTabs } from './ActivityTabs.js';
import { EditTypeForm } from './EditTypeForm.js';
import { ProblemAlert } from './ProblemAlert.js';
import '../../people.css';
import '../../activities.css';

const empty = { key: '', nb: '', nn: '', en: '', duration: '60', mode: 'physical', recorded: false, produces: '' };

/** The programme's activity types (built-in defaults and its own), and a form to add one. */
export function ActivityTypesPage() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const types = useApi<ActivityType[]>(`${base}/activity-types`);
  const plan = useApi<ActivityPlan>(`${base}/activities`);
  const [values, setValues] = useState(empty);
  const [error, setError] = useState<unknown>(null);
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const tt = (k: string) => t(`activities.types.${k}`);
  const add = async () => {
    setError(null);
    try {
      await api(`${base}/activity-types`, { method: 'POST', body: {
        key: values.key, labels: { nb: values.nb, nn: values.nn, en: values.en }, defaultDurationMinutes: Number(values.duration), mode: values.mode,
        recorded: values.recorded, participants: [], produces: values.produces.split(',').map((p) => p.trim()).filter(Boolean),
      } });
      setValues(empty);
      types.reload();
    } catch (e) { setError(e); }
  };
  const text = (key: 'key' | 'nb' | 'nn' | 'en' | 'duration' | 'produces', label: string, type: 'text' | 'number' = 'text') => (
    <Textfield id={`type-${key}`} type={type} label={label} value={values[key]} onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))} />
  );
  return (
    <div className="page">
      <PageHeader title={tt('heading')} crumbs={[...programmeCrumbs(programme, t), { label: t('activities.title'), to: `${base}/activities` }, { label: tt('heading'), to: `${base}/activities/types` }]} />
      <ActivityTabs />
      {!types.data ? <LoadState error={types.error} /> : (
        <DataTable caption={tt('heading')} testId="activity-types" className="activity-types-table" head={<>
          <Table.HeaderCell>{tt('label')}</Table.HeaderCell><Table.HeaderCell>{tt('duration')}</Table.HeaderCell><Table.HeaderCell>{tt('mode')}</Table.HeaderCell>
          <Table.HeaderCell>{tt('recorded')}</Table.HeaderCell><Table.HeaderCell>{tt('participants')}</Table.HeaderCell><Table.HeaderCell>{tt('produces')}</Table.HeaderCell><Table.HeaderCell>{tt('key')}</Table.HeaderCell>
        </>}>
          {types.data.map((ty) => (
            <Table.Row key={ty.key}>
              <Table.Cell>{ty.labels[lang]}{ty.builtIn ? '' : ` (${tt('own')})`}</Table.Cell>
              <Table.Cell>{ty.defaultDurationMinutes}{ty.pilotExtraMinutes ? ` (+${ty.pilotExtraMinutes})` : ''}</Table.Cell>
              <Table.Cell>{t(`activities.modes.${ty.mode}`)}</Table.Cell>
              <Table.Cell>{ty.recorded ? t('activities.detail.yes') : t('activities.detail.no')}</Table.Cell>
              <Table.Cell>{ty.participants.map((p) => `${p.role.replace(/_/g, ' ')}${p.count ? ` ×${p.count}` : ''}`).join(', ')}</Table.Cell>
              <Table.Cell>{ty.produces.map((p) => producesLabel(t, i18n, p)).join(', ')}</Table.Cell>
              <Table.Cell><code>{ty.key}</code></Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {plan.data?.mayPlan && !archived && types.data ? <EditTypeForm programmeId={programme.id} types={types.data} onSaved={types.reload} /> : null}
      {plan.data?.mayPlan && !archived ? (
        <Card className="form-card">
          <Heading level={2} data-size="xs">{tt('add')}</Heading>
          <ProblemAlert error={error} />
          <div className="inline-form">
            {text('key', tt('key'))}{text('nb', tt('labelNb'))}{text('nn', tt('labelNn'))}{text('en', tt('labelEn'))}{text('duration', tt('duration'), 'number')}
            <SelectField id="type-mode" label={tt('mode')} value={values.mode} onChange={(mode) => setValues((v) => ({ ...v, mode }))}>
              {['physical', 'digital', 'hybrid'].map((m) => <option key={m} value={m}>{t(`activities.modes.${m}`)}</option>)}
            </SelectField>
            {text('produces', tt('produces'))}
            <Checkbox id="type-recorded" label={tt('recorded')} checked={values.recorded} onChange={(e) => setValues((v) => ({ ...v, recorded: e.target.checked }))} />
            <Button onClick={add} disabled={!values.key || !values.nb || !values.nn || !values.en}>{tt('add')}</Button>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
