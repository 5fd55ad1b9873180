import { useTranslation } from 'react-i18next';
import { Table } from '@digdir/designsystemet-react';
import { DataTable } from '../../components/DataTable.js';

export interface ChartRow {
  label: string;
  /** One value per series; null = not shown (suppressed small count or not computable). */
  values: (number | null)[];
  /** Extra cells for the table only (e.g. the rate). */
  extra?: string[];
}

interface Props {
  id: string;
  title: string;
  series: string[];
  rows: ChartRow[];
  extraHeaders?: string[];
  /** Header of the first column (what the rows are). */
  labelHeader?: string;
}

const barHeight = 14;
const labelWidth = 220;
const width = 640;

/**
 * Horizontal grouped bars (SVG) with the table the chart is drawn from right below it: the chart is
 * a picture with a summary for screen readers, the table holds the numbers.
 */
export function BarChart({ id, title, series, rows, extraHeaders = [], labelHeader }: Props) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.flatMap((r) => r.values.map((v) => v ?? 0)));
  const groupHeight = series.length * barHeight + 10;
  const height = rows.length * groupHeight + 10;
  const scale = (v: number) => (v / max) * (width - labelWidth - 50);
  const cell = (v: number | null) => (v === null ? t('activities.indicators.notAvailable') : String(v));
  return (
    <section className="indicator-section" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <h3 id={`${id}-title`} className="ds-heading" data-size="2xs">{title}</h3>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s, i) => <li key={s}><span className={`series-${i}`} style={{ background: i === 0 ? '#1e5aa8' : '#1a7f37' }} />{s}</li>)}
      </ul>
      <figure className="chart">
        <svg role="img" aria-label={`${title}: ${rows.map((r) => `${r.label} ${r.values.map((v, i) => `${series[i]} ${cell(v)}`).join(', ')}`).join('; ')}`} viewBox={`0 0 ${width} ${height}`}>
          {rows.map((r, gi) => (
            <g key={r.label} transform={`translate(0, ${gi * groupHeight + 5})`}>
              <text x={0} y={barHeight} >{r.label}</text>
              {r.values.map((v, si) => (
                <g key={si}>
                  <rect x={labelWidth} y={si * barHeight} width={v ? scale(v) : 0} height={barHeight - 3} className={`series-${si}`} />
                  <text x={labelWidth + (v ? scale(v) : 0) + 4} y={si * barHeight + barHeight - 4}>{cell(v)}</text>
                </g>
              ))}
            </g>
          ))}
        </svg>
      </figure>
      <DataTable caption={title} head={<>
        <Table.HeaderCell>{labelHeader ?? t('activities.indicators.value')}</Table.HeaderCell>
        {series.map((s) => <Table.HeaderCell key={s}>{s}</Table.HeaderCell>)}
        {extraHeaders.map((h) => <Table.HeaderCell key={h}>{h}</Table.HeaderCell>)}
      </>}>
        {rows.map((r) => (
          <Table.Row key={r.label}>
            <Table.HeaderCell scope="row">{r.label}</Table.HeaderCell>
            {r.values.map((v, i) => <Table.Cell key={i}>{cell(v)}</Table.Cell>)}
            {(r.extra ?? []).map((e, i) => <Table.Cell key={`x${i}`}>{e}</Table.Cell>)}
          </Table.Row>
        ))}
      </DataTable>
    </section>
  );
}
