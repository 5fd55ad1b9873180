import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { InstrumentCreate } from '../../components/questionnaires/InstrumentCreate.js';
import { InstrumentImport } from '../../components/questionnaires/InstrumentImport.js';
import { InstrumentTabs } from '../../components/questionnaires/InstrumentTabs.js';
import { useInstruments, type InstrumentSummary } from '../../components/questionnaires/useInstruments.js';
import { useApi } from '../../hooks/useApi.js';
import '../../people.css';
import '../../questionnaires.css';

/** The programme's questionnaires (instruments) with their newest version; new ones blank, from a template or imported. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const { api, app, crumbs, canBuild, text } = useInstruments();
  const list = useApi<InstrumentSummary[]>(`${api}/instruments`);
  return (
    <div className="page">
      <PageHeader title={t('questionnaires.builder.title')} crumbs={crumbs} />
      <InstrumentTabs />
      {!list.data ? <LoadState error={list.error} /> : list.data.length === 0 ? (
        <Paragraph data-testid="instrument-list">{t('questionnaires.builder.list.empty')}</Paragraph>
      ) : (
        <DataTable caption={t('questionnaires.builder.list.caption')} testId="instrument-list"
          head={<><Table.HeaderCell>{t('questionnaires.builder.list.name')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.builder.list.version')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.builder.list.status')}</Table.HeaderCell></>}>
          {list.data.map((instrument) => {
            const newest = instrument.versions[0];
            return (
              <Table.Row key={instrument.id}>
                <Table.Cell><Link to={`${app}/instruments/${instrument.id}`}>{text(instrument.title)}</Link></Table.Cell>
                <Table.Cell>{newest ? t('questionnaires.builder.list.versionNumber', { version: newest.version }) : ''}</Table.Cell>
                <Table.Cell>{newest ? t(`questionnaires.builder.status.${newest.status}`) : ''}</Table.Cell>
              </Table.Row>
            );
          })}
        </DataTable>
      )}
      {canBuild ? (
        <>
          <InstrumentCreate />
          <InstrumentImport onImported={list.reload} />
        </>
      ) : null}
    </div>
  );
}
