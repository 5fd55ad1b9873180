import { Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';

export interface FiguresRow {
  key: string;
  name: string;
  /** Cells between the name and the figures (e.g. a theme's values). */
  extra?: string[];
  /** Percent, kappa, alpha, units — already formatted. */
  figures: string[];
  total?: boolean;
}

/** One table of agreement figures (per code, overall, or per theme): scrolls in its own frame on a phone. */
export function AgreementFigures({ caption, testId, nameHeader, extraHeaders = [], rows }: { caption: string; testId: string; nameHeader: string; extraHeaders?: string[]; rows: FiguresRow[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <Table zebra className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            {[nameHeader, ...extraHeaders, t('analysis.agreement.percent'), t('analysis.agreement.kappa'), t('analysis.agreement.alpha'), t('analysis.agreement.units')].map((h) => (
              <Table.HeaderCell key={h}>{h}</Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={row.key} className={row.total ? 'totals-row' : undefined}>
              <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
              {[...(row.extra ?? []), ...row.figures].map((v, i) => <Table.Cell key={i}>{v}</Table.Cell>)}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
