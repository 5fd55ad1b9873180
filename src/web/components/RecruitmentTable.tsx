import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Table } from '@digdir/designsystemet-react';
import type { Count, OverviewCell } from '../people-types.js';

/** A count, or "< n" when the server suppressed it (small-cell protection). */
export function CountText({ count, threshold }: { count: Count; threshold: number }) {
  const { t } = useTranslation();
  if (count.suppressed) return <abbr title={t('recruitment.suppressedLabel', { n: threshold })}>{t('recruitment.suppressed', { n: threshold })}</abbr>;
  return <>{count.value ?? 0}</>;
}

function Progress({ value, target, label }: { value: number | null; target: number; label: string }) {
  if (!target || value === null) return null;
  const share = Math.min(100, Math.round((value / target) * 100));
  return <span className="progress" role="img" aria-label={label}><span style={{ width: `${share}%` }} /></span>;
}

/** Activity × role rows for one municipality (or all), with a subtotal per activity and a grand total. */
export function RecruitmentTable({ cells, threshold, caption }: { cells: OverviewCell[]; threshold: number; caption: string }) {
  const { t } = useTranslation();
  const activities = [...new Set(cells.map((c) => c.activityType))];
  const row = (c: OverviewCell, isTotal: boolean) => (
    <Table.Row key={`${c.activityType}-${c.role ?? 'all'}`} className={isTotal ? 'totals-row' : undefined}>
      <Table.HeaderCell scope="row">{isTotal ? `${t(`recruitment.activityTypes.${c.activityType}`)} – ${t('recruitment.total')}` : t(`recruitment.activityTypes.${c.activityType}`)}</Table.HeaderCell>
      <Table.Cell>{c.role ? t(`people.roles.${c.role}`) : t('recruitment.allRoles')}</Table.Cell>
      <Table.Cell>{c.target || '–'}</Table.Cell>
      <Table.Cell>
        <CountText count={c.recruited} threshold={threshold} />
        <Progress value={c.recruited.value} target={c.target} label={t('recruitment.progress', { recruited: c.recruited.value ?? '', target: c.target })} />
      </Table.Cell>
      <Table.Cell><CountText count={c.consented} threshold={threshold} /></Table.Cell>
    </Table.Row>
  );
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <Table className="data-table" zebra>
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('recruitment.activity')}</Table.HeaderCell>
            <Table.HeaderCell>{t('recruitment.role')}</Table.HeaderCell>
            <Table.HeaderCell>{t('recruitment.target')}</Table.HeaderCell>
            <Table.HeaderCell>{t('recruitment.recruited')}</Table.HeaderCell>
            <Table.HeaderCell>{t('recruitment.consented')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {activities.map((a) => {
            const rows = cells.filter((c) => c.activityType === a);
            const byRole = rows.filter((c) => c.role !== null);
            const total = rows.find((c) => c.role === null);
            return (
              <Fragment key={a}>
                {byRole.map((c) => row(c, false))}
                {total && byRole.length > 1 ? row(total, true) : null}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table>
    </div>
  );
}
