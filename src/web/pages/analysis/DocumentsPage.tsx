import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph, Table } from '@digdir/designsystemet-react';
import type { DocumentSummary } from '../../analysis-types.js';
import { AnalysisTabs } from '../../components/analysis/AnalysisTabs.js';
import { DocumentImportForm } from '../../components/analysis/DocumentImportForm.js';
import { useAnalysis } from '../../components/analysis/useAnalysis.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import type { Municipality } from '../../types.js';
import '../../people.css';
import '../../analysis.css';
import { DataTable } from '../../components/DataTable.js';

/** The programme's documents (title, kind, municipality, length, names to check) and the import form. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const { programme, base, crumbs, canWrite } = useAnalysis();
  const documents = useApi<DocumentSummary[]>(`${base}/documents`);
  const municipalities = useApi<Municipality[]>(`/programmes/${programme.id}/municipalities`);
  const names = new Map((municipalities.data ?? []).map((m) => [m.id, m.name]));
  const rows = documents.data ?? [];

  return (
    <div className="page">
      <PageHeader title={t('analysis.title')} crumbs={crumbs} />
      <AnalysisTabs />
      {!documents.data ? <LoadState error={documents.error} /> : rows.length === 0 ? (
        <Paragraph data-testid="document-list">{t('analysis.documents.empty')}</Paragraph>
      ) : (
        <DataTable
          caption={t('analysis.documents.caption')} testId="document-list"
          head={
            <>
              <Table.HeaderCell>{t('analysis.documents.docTitle')}</Table.HeaderCell>
              <Table.HeaderCell>{t('analysis.documents.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('analysis.documents.municipality')}</Table.HeaderCell>
              <Table.HeaderCell>{t('analysis.documents.length')}</Table.HeaderCell>
              <Table.HeaderCell>{t('analysis.documents.pending')}</Table.HeaderCell>
            </>
          }
        >
          {rows.map((d) => (
            <Table.Row key={d.id}>
              <Table.Cell><Link to={`${base}/documents/${d.id}`}>{d.title}</Link></Table.Cell>
              <Table.Cell>{t(`analysis.kinds.${d.kind}`)}</Table.Cell>
              <Table.Cell>{d.municipalityId ? (names.get(d.municipalityId) ?? '') : '–'}</Table.Cell>
              <Table.Cell>{t('analysis.documents.lengthValue', { count: d.length })}</Table.Cell>
              <Table.Cell>{d.pendingSuggestions ? t('analysis.documents.pendingValue', { count: d.pendingSuggestions }) : '–'}</Table.Cell>
            </Table.Row>
          ))}
        </DataTable>
      )}
      {canWrite ? <DocumentImportForm base={base} programmeBase={`/programmes/${programme.id}`} municipalities={municipalities.data ?? []} onImported={documents.reload} /> : null}
    </div>
  );
}
