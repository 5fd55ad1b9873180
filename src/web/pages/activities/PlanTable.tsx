import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Table, Tag } from '@digdir/designsystemet-react';
import type { Activity, ActivityPlan } from '../../activities-types.js';
import { DataTable } from '../../components/DataTable.js';
import { formatDateTime } from '../../format.js';

/** The plan as a table: every activity (scheduled or not), where, when, status, what it waits for, and warnings. */
export function PlanTable({ plan, activities, warned, caption, highlight }: { plan: ActivityPlan; activities: Activity[]; warned: Set<string>; caption?: string; highlight?: string | null }) {
  const { t, i18n } = useTranslation();
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  const place = (id: string | null) => (id ? plan.municipalities.find((m) => m.id === id)?.name ?? '' : t('activities.programmeWide'));
  return (
    <DataTable caption={caption ?? t('activities.timeline.caption')} testId="activity-table" head={<>
      <Table.HeaderCell>{t('activities.timeline.activity')}</Table.HeaderCell>
      <Table.HeaderCell>{t('activities.timeline.municipality')}</Table.HeaderCell>
      <Table.HeaderCell>{t('activities.timeline.when')}</Table.HeaderCell>
      <Table.HeaderCell>{t('activities.timeline.status')}</Table.HeaderCell>
      <Table.HeaderCell>{t('activities.timeline.after')}</Table.HeaderCell>
    </>}>
      {activities.map((a) => {
        const after = plan.dependencies.filter((d) => d.activityId === a.id).map((d) => byId.get(d.afterActivityId)).filter(Boolean) as Activity[];
        return (
          <Table.Row key={a.id} className={a.id === highlight ? 'row-new' : undefined} data-activity-id={a.id} data-type={a.typeKey} data-status={a.status} data-starts-at={a.startsAt ?? undefined} data-municipality={a.municipalityId ?? 'programme'}>
            <Table.Cell><Link to={`/programmes/${a.programmeId}/activities/${a.id}`}>{a.name}</Link>{a.isPilot ? ` (${t('activities.detail.pilot')})` : ''}</Table.Cell>
            <Table.Cell>{place(a.municipalityId)}</Table.Cell>
            <Table.Cell>{a.startsAt ? formatDateTime(a.startsAt, i18n.language) : t('activities.timeline.unscheduled')}</Table.Cell>
            <Table.Cell>
              <Tag data-color={a.status === 'cancelled' ? 'neutral' : a.status === 'held' ? 'success' : 'info'}>{t(`activities.statuses.${a.status}`)}</Tag>
              {warned.has(a.id) ? <> <Tag data-color="warning">{t('activities.timeline.warning')}</Tag></> : null}
            </Table.Cell>
            <Table.Cell>{after.length > 3 ? `${after.slice(0, 2).map((b) => b.name).join(', ')} … (${after.length})` : after.map((b) => b.name).join(', ')}</Table.Cell>
          </Table.Row>
        );
      })}
    </DataTable>
  );
}
