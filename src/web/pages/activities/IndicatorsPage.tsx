import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Link as DsLink, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import type { Indicators } from '../../activities-types.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { ActivityTabs } from './ActivityTabs.js';
import { BarChart } from './BarChart.js';
import { RegularsTable } from '../../components/coordinator/RegularsTable.js';
import '../../activities.css';
import '../../people.css';

/** Process indicators for the programme or one municipality, as charts with their tables, and CSV/XLSX downloads. */
export function IndicatorsPage() {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const [municipalityId, setMunicipalityId] = useState('');
  const [regularN, setRegularN] = useState('2');
  const n = /^\d+$/.test(regularN) && Number(regularN) >= 1 ? Number(regularN) : 2;
  const query = `regularN=${n}${municipalityId ? `&municipalityId=${municipalityId}` : ''}`;
  const resource = useApi<Indicators>(`${base}/activity-indicators?${query}`);
  const data = resource.data;
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const typeLabel = (key: string) => data?.typeLabels[key]?.[lang] ?? key;
  const pct = (rate: number | null) => (rate === null ? t('activities.indicators.notAvailable') : `${Math.round(rate * 1000) / 10} %`);
  const role = (r: string) => t(`activities.indicators.roles.${r}`);
  const ind = (k: string) => t(`activities.indicators.${k}`);

  return (
    <div className="page">
      <PageHeader title={ind('heading')} crumbs={[...programmeCrumbs(programme, t), { label: t('activities.title'), to: `${base}/activities` }, { label: ind('heading'), to: `${base}/activities/indicators` }]} />
      <ActivityTabs />
      <div className="filters">
        <SelectField id="indicator-municipality" label={ind('scope')} value={municipalityId} onChange={setMunicipalityId}>
          {data && data.byMunicipality.length === 0 && !municipalityId ? null : <option value="">{t('activities.allMunicipalities')}</option>}
          {(data?.municipalities ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <Textfield id="indicator-regular-n" type="number" min={1} label={ind('regularLabel')} description={ind('regularHelp')} value={regularN} onChange={(e) => setRegularN(e.target.value)} />
      </div>
      <Paragraph>
        <DsLink href={`/api/v1${base}/activity-indicators/export?format=csv&${query}`} download>{ind('downloadCsv')}</DsLink>{' · '}
        <DsLink href={`/api/v1${base}/activity-indicators/export?format=xlsx&${query}`} download>{ind('downloadXlsx')}</DsLink>
      </Paragraph>
      {!data ? <LoadState error={resource.error} /> : (
        <>
          <BarChart id="planned-held" title={ind('plannedVsHeld')} series={[ind('planned'), ind('held')]}
            rows={data.activities.map((a) => ({ label: typeLabel(a.typeKey), values: [a.planned, a.held], extra: [String(a.cancelled)] }))} extraHeaders={[ind('cancelled')]} labelHeader={ind('activityType')} />
          <BarChart id="invited-attended" title={ind('invitedVsAttended')} series={[ind('invited'), ind('attended')]}
            rows={[...data.attendance.map((a) => ({ label: role(a.role), values: [a.invited, a.attended], extra: [pct(a.rate)] })), { label: ind('total'), values: [data.totals.invited, data.totals.attended], extra: [pct(data.totals.rate)] }]} extraHeaders={[ind('rate')]} labelHeader={ind('role')} />
          <BarChart id="regular" title={`${ind('regularChart')} (≥ ${data.regularN})`} series={[ind('invited'), ind('regular')]}
            rows={data.regular.map((r) => ({ label: role(r.role), values: [r.participants, r.regular] }))} labelHeader={ind('role')} />
          <RegularsTable programmeId={programme.id} query={query} />
          <Heading level={2} data-size="xs">{ind('engagement')}</Heading>
          <section className="indicator-section" aria-labelledby="engagement-i">
            <h3 id="engagement-i" className="ds-heading" data-size="2xs">{ind('engagementI')}: {t('activities.indicators.servicesMapped', { done: data.engagement.servicesMapped, total: data.engagement.servicesTotal })}</h3>
            <DataTable caption={ind('engagementI')} head={<><Table.HeaderCell>{ind('municipality')}</Table.HeaderCell><Table.HeaderCell>{t('activities.outputs.service')}</Table.HeaderCell><Table.HeaderCell>{ind('value')}</Table.HeaderCell><Table.HeaderCell>{t('activities.outputs.kinds.priority_list')}</Table.HeaderCell></>}>
              {data.engagement.services.map((s) => (
                <Table.Row key={s.serviceId}>
                  <Table.Cell>{data.municipalities.find((m) => m.id === s.municipalityId)?.name}</Table.Cell><Table.Cell>{s.name}</Table.Cell>
                  <Table.Cell>{s.mapped ? t('activities.detail.yes') : t('activities.detail.no')}</Table.Cell><Table.Cell>{s.priorityAreas.join('; ')}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          </section>
          <BarChart id="participation" title={ind('engagementII')} series={[ind('invited'), ind('attended')]}
            rows={data.engagement.participation.map((p) => ({ label: typeLabel(p.typeKey), values: [p.invited, p.attended], extra: [pct(p.rate)] }))} extraHeaders={[ind('rate')]} labelHeader={ind('activityType')} />
          <section className="indicator-section" aria-labelledby="engagement-iii">
            <h3 id="engagement-iii" className="ds-heading" data-size="2xs">{ind('engagementIII')}: {t('activities.indicators.materials', { count: data.engagement.materials.length })}</h3>
            <ul>{data.engagement.materials.map((m) => <li key={`${m.activityId}-${m.title}`}>{m.title}</li>)}</ul>
          </section>
          {data.byMunicipality.length ? (
            <BarChart id="by-municipality" title={`${ind('municipality')}: ${ind('planned')}, ${ind('held')}, ${ind('rate')}`} series={[ind('planned'), ind('held')]}
              rows={data.byMunicipality.map((m) => ({ label: m.name, values: [m.planned, m.held], extra: [String(m.invited ?? ind('notAvailable')), String(m.attended ?? ind('notAvailable')), pct(m.rate), `${m.servicesMapped}/${m.servicesTotal}`, String(m.materials)] }))}
              extraHeaders={[ind('invited'), ind('attended'), ind('rate'), ind('mappedShort'), ind('materialsShort')]} labelHeader={ind('municipality')} />
          ) : null}
        </>
      )}
    </div>
  );
}
