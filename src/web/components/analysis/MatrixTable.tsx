import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { Cooccurrence, Matrix } from '../../analysis-types.js';
import { DataTable } from '../DataTable.js';

/** Code × municipality: segments (documents) per cell; and which codes overlap. */
export function MatrixTable({ matrix, cooccurrence }: { matrix?: Matrix; cooccurrence?: Cooccurrence[] }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="section" aria-labelledby="matrix-heading">
        <Heading level={2} data-size="sm" id="matrix-heading">{t('analysis.retrieval.matrixTitle')}</Heading>
        <Paragraph data-size="sm" className="muted">{t('analysis.retrieval.matrixHelp')}</Paragraph>
        {matrix && matrix.rows.length ? (
          <DataTable
            caption={t('analysis.retrieval.matrixTitle')} testId="matrix"
            head={
              <>
                <Table.HeaderCell>{t('analysis.retrieval.code')}</Table.HeaderCell>
                {matrix.columns.map((c) => <Table.HeaderCell key={c.id}>{c.label || t('analysis.retrieval.noMunicipality')}</Table.HeaderCell>)}
                <Table.HeaderCell>{t('analysis.retrieval.total')}</Table.HeaderCell>
              </>
            }
          >
            {matrix.rows.map((r) => (
              <Table.Row key={r.codeId}>
                <Table.HeaderCell scope="row">{r.name}{r.isTheme ? ` (${t('analysis.codebook.theme')})` : ''}</Table.HeaderCell>
                {matrix.columns.map((c) => <Table.Cell key={c.id}>{r.cells[c.id]?.segments ?? 0} ({r.cells[c.id]?.documents ?? 0})</Table.Cell>)}
                <Table.Cell>{r.total.segments} ({r.total.documents})</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        ) : <Paragraph>{t('analysis.retrieval.noCodings')}</Paragraph>}
      </section>
      <section className="section" aria-labelledby="cooc-heading">
        <Heading level={2} data-size="sm" id="cooc-heading">{t('analysis.retrieval.cooccurrenceTitle')}</Heading>
        {cooccurrence && cooccurrence.length ? (
          <ul className="member-list">
            {cooccurrence.map((c) => (
              <li key={`${c.codeA.id}-${c.codeB.id}`}>
                <span>{c.codeA.name} + {c.codeB.name}</span>
                <span>{t('analysis.retrieval.cooccurrenceValue', { count: c.segments, documents: c.documents })}</span>
              </li>
            ))}
          </ul>
        ) : <Paragraph>{t('analysis.retrieval.noCooccurrence')}</Paragraph>}
      </section>
    </>
  );
}
