import { useTranslation } from 'react-i18next';
import { Table } from '@digdir/designsystemet-react';
import type { ResultRow } from './types.js';

export type TestChoice = 'both' | 'paired_t' | 'wilcoxon';

/** One scale's results per course and pooled (last row), APA columns; the test columns follow the user's choice. */
export function ResultsTable({ caption, rows, test }: { caption: string; rows: ResultRow[]; test: TestChoice }) {
  const { t } = useTranslation();
  const columns: { key: keyof ResultRow; label: string }[] = [
    { key: 'n', label: t('prepost.table.pairs') },
    { key: 'preMeanSd', label: t('prepost.table.preMeanSd') },
    { key: 'postMeanSd', label: t('prepost.table.postMeanSd') },
    { key: 'preMedianIqr', label: t('prepost.table.preMedianIqr') },
    { key: 'postMedianIqr', label: t('prepost.table.postMedianIqr') },
    { key: 'change', label: t('prepost.table.changeCi') },
    { key: 'recommended', label: t('prepost.table.recommended') },
    ...(test !== 'wilcoxon' ? [{ key: 'tTest' as const, label: t('prepost.table.tTest') }, { key: 'tP' as const, label: `${t('prepost.table.p')} (t)` }, { key: 'dz' as const, label: t('prepost.table.dz') }, { key: 'gav' as const, label: t('prepost.table.gav') }] : []),
    ...(test !== 'paired_t' ? [{ key: 'wilcoxon' as const, label: t('prepost.table.wilcoxon') }, { key: 'wilcoxonP' as const, label: `${t('prepost.table.p')} (Wilcoxon)` }, { key: 'rankBiserial' as const, label: t('prepost.table.rankBiserial') }] : []),
    { key: 'normality', label: t('prepost.table.normality') },
    { key: 'excluded', label: t('prepost.table.excluded') },
  ];
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra className="data-table" data-testid="prepost-table">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t('prepost.table.group')}</Table.HeaderCell>
            {columns.map((c) => <Table.HeaderCell scope="col" key={c.key}>{c.label}</Table.HeaderCell>)}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r, i) => (
            <Table.Row key={`${r.key}-${i}`} data-testid={r.key === 'pooled' ? 'pooled-row' : r.key === 'later' ? 'later-row' : 'course-row'}>
              <Table.HeaderCell scope="row">{r.group}</Table.HeaderCell>
              {columns.map((c) => <Table.Cell key={c.key}>{String(r[c.key])}</Table.Cell>)}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
