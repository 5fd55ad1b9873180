import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { InstrumentTabs } from '../../components/questionnaires/InstrumentTabs.js';
import { SurveyCreate } from '../../components/questionnaires/SurveyCreate.js';
import { useInstruments } from '../../components/questionnaires/useInstruments.js';
import type { Survey } from '../../components/questionnaires/survey-types.js';
import { useApi } from '../../hooks/useApi.js';
import '../../people.css';
import '../../questionnaires.css';

/** The surveys the user may see (a municipal contact: their municipality's), and a new one for coordinators and researchers. */
export function SurveysPage() {
  const { t } = useTranslation();
  const { api, app, crumbs, canBuild, text } = useInstruments();
  const list = useApi<Survey[]>(`${api}/surveys`);
  const municipalities = useApi<{ id: string; name: string }[]>(`${api}/municipalities`);
  const municipalityName = (id: string | null) => (id ? (municipalities.data?.find((m) => m.id === id)?.name ?? '') : t('questionnaires.surveys.list.wholeProgramme'));
  const title = t('questionnaires.surveys.title');
  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...crumbs, { label: title, to: `${app}/surveys` }]} />
      <InstrumentTabs />
      {!list.data ? <LoadState error={list.error} /> : list.data.length === 0 ? (
        <Paragraph data-testid="survey-list">{t('questionnaires.surveys.list.empty')}</Paragraph>
      ) : (
        <DataTable caption={t('questionnaires.surveys.list.caption')} testId="survey-list"
          head={<>{(['name', 'municipality', 'wave', 'mode', 'status'] as const).map((k) => <Table.HeaderCell key={k}>{t(`questionnaires.surveys.list.${k}`)}</Table.HeaderCell>)}</>}>
          {list.data.map((s) => (
            <Table.Row key={s.id}>
              <Table.Cell><Link to={`${app}/surveys/${s.id}`}>{text(s.title)}</Link></Table.Cell>
              <Table.Cell>{municipalityName(s.municipalityId)}</Table.Cell>
              <Table.Cell>{t(`questionnaires.surveys.wave.${s.wave}`)}</Table.Cell>
              <Table.Cell>{t(`questionnaires.surveys.mode.${s.mode}`)}</Table.Cell>
              <Table.Cell>{t(`questionnaires.surveys.status.${s.status}`)}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {canBuild ? <SurveyCreate municipalities={municipalities.data ?? []} /> : null}
    </div>
  );
}
