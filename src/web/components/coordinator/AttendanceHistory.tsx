import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { formatDateTime } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import { DataTable } from '../DataTable.js';
import { LoadState } from '../LoadState.js';

interface History {
  invited: number; attended: number;
  activities: { activityId: string; name: string; startsAt: string | null; invitation: string | null; attended: boolean | null }[];
}

/** The person's attendance: each activity they were invited to or came to, newest first. */
export function AttendanceHistory({ programmeId, participantId }: { programmeId: string; participantId: string }) {
  const { t, i18n } = useTranslation();
  const data = useApi<History>(`/programmes/${programmeId}/participants/${participantId}/attendance`);
  return (
    <section aria-labelledby="attendance-history-heading" className="section" data-testid="attendance-history">
      <Heading level={2} data-size="sm" id="attendance-history-heading">{t('attendanceHistory.heading')}</Heading>
      {!data.data ? <LoadState error={data.error} /> : data.data.activities.length === 0 ? <Paragraph>{t('attendanceHistory.empty')}</Paragraph> : (
        <>
          <Paragraph data-testid="attendance-history-summary">{t('attendanceHistory.summary', { invited: data.data.invited, attended: data.data.attended })}</Paragraph>
          <DataTable caption={t('attendanceHistory.caption')} testId="attendance-history-table"
            head={<>{(['activity', 'when', 'answer', 'came'] as const).map((k) => <Table.HeaderCell key={k}>{t(`attendanceHistory.${k}`)}</Table.HeaderCell>)}</>}>
            {data.data.activities.map((a) => (
              <Table.Row key={a.activityId}>
                <Table.Cell><Link to={`/programmes/${programmeId}/activities/${a.activityId}`}>{a.name}</Link></Table.Cell>
                <Table.Cell>{a.startsAt ? formatDateTime(a.startsAt, i18n.language) : t('attendanceHistory.unscheduled')}</Table.Cell>
                <Table.Cell>{a.invitation ? t(`invitations.statuses.${a.invitation}`) : '–'}</Table.Cell>
                <Table.Cell>{a.attended === null ? t('attendanceHistory.notRegistered') : a.attended ? t('attendanceHistory.cameYes') : t('attendanceHistory.cameNo')}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
