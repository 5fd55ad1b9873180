import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { InstrumentTabs } from '../../components/questionnaires/InstrumentTabs.js';
import { useInstruments, type InstrumentSummary } from '../../components/questionnaires/useInstruments.js';
import { useApi } from '../../hooks/useApi.js';
import { locale } from '../../i18n.js';
import '../../people.css';
import '../../questionnaires.css';

/** One instrument: its versions (draft and published), the way into the builder, and REDCap / XLSForm exports. */
export function InstrumentPage() {
  const { t, i18n } = useTranslation();
  const { instrumentId } = useParams();
  const navigate = useNavigate();
  const { api: base, app, crumbs, canBuild, text } = useInstruments();
  const instrument = useApi<InstrumentSummary>(`${base}/instruments/${instrumentId}`);
  const [error, setError] = useState<string | null>(null);
  const arrived = (useLocation().state as { message?: string } | null)?.message;
  if (!instrument.data) return <div className="page"><LoadState error={instrument.error} /></div>;
  const title = text(instrument.data.title);
  const hasDraft = instrument.data.versions.some((v) => v.status === 'draft');
  const newDraft = async () => {
    setError(null);
    try {
      await api(`${base}/instruments/${instrumentId}/new-draft`, { method: 'POST' });
      navigate(`${app}/instruments/${instrumentId}/draft`);
    } catch (e) {
      setError(e instanceof ApiError ? e.detail : String(e));
    }
  };
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(locale(i18n.language)) : '');
  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...crumbs, { label: title, to: `${app}/instruments/${instrumentId}` }]}
        actions={canBuild ? (hasDraft ? <Button asChild><Link to={`${app}/instruments/${instrumentId}/draft`}>{t('questionnaires.builder.instrument.editDraft')}</Link></Button>
          : <Button onClick={newDraft}>{t('questionnaires.builder.instrument.newDraft')}</Button>) : null} />
      <InstrumentTabs />
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      <StatusMessage message={arrived} />
      <DataTable caption={t('questionnaires.builder.instrument.versionsCaption')} testId="instrument-versions"
        head={<><Table.HeaderCell>{t('questionnaires.builder.instrument.version')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.builder.instrument.status')}</Table.HeaderCell>
          <Table.HeaderCell>{t('questionnaires.builder.instrument.publishedAt')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.builder.instrument.actions')}</Table.HeaderCell></>}>
        {instrument.data.versions.map((v) => (
          <Table.Row key={v.id}>
            <Table.Cell>{v.version}</Table.Cell>
            <Table.Cell>{t(`questionnaires.builder.status.${v.status}`)}</Table.Cell>
            <Table.Cell>{date(v.publishedAt)}</Table.Cell>
            <Table.Cell>
              <span className="button-row">
                <a href={`/api/v1${base}/instrument-versions/${v.id}/redcap.csv`} download aria-label={`${t('questionnaires.builder.instrument.exportRedcap')}, ${t('questionnaires.builder.instrument.version')} ${v.version}`}>
                  {t('questionnaires.builder.instrument.exportRedcap')}
                </a>
                <a href={`/api/v1${base}/instrument-versions/${v.id}/xlsform.xlsx`} download aria-label={`${t('questionnaires.builder.instrument.exportXlsform')}, ${t('questionnaires.builder.instrument.version')} ${v.version}`}>
                  {t('questionnaires.builder.instrument.exportXlsform')}
                </a>
              </span>
            </Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
    </div>
  );
}
