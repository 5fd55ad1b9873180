import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import type { ActivityDetail } from '../../activities-types.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { AttendanceSection } from './sections/AttendanceSection.js';
import '../../activities.css';
import '../../people.css';
import '../../components/coordinator/coordinator.css';

/**
 * Attendance at the door on a phone: only the attendance list, walk-ins and the door's QR code, so
 * nothing above it needs scrolling past and nothing pushes the page wider than the screen.
 */
export function ActivityAttendancePage() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const { activityId } = useParams();
  const base = `/programmes/${programme.id}`;
  const detail = useApi<ActivityDetail>(`${base}/activities/${activityId}`);
  const data = detail.data?.activity.id === activityId ? detail.data : undefined;
  const crumbs = [...programmeCrumbs(programme, t), { label: t('activities.title'), to: `${base}/activities` }];
  if (!data) return <div className="page"><PageHeader title={t('activities.title')} crumbs={crumbs} /><LoadState error={detail.error} /></div>;
  const a = data.activity;
  const title = t('attendanceView.title', { name: a.name });
  return (
    <div className="page attendance-page">
      <PageHeader title={title} crumbs={[...crumbs, { label: a.name, to: `${base}/activities/${a.id}` }, { label: t('invitations.attendance.heading'), to: `${base}/activities/${a.id}/attendance` }]} />
      <Paragraph><Link to={`${base}/activities/${a.id}`}>{t('attendanceView.back')}</Link></Paragraph>
      <AttendanceSection programmeId={programme.id} detail={data} reload={detail.reload} archived={archived} />
    </div>
  );
}

/** Near the top of the activity page: straight to taking attendance. */
export function AttendanceJumpLink({ programmeId, activityId }: { programmeId: string; activityId: string }) {
  const { t } = useTranslation();
  return <Paragraph className="attendance-jump"><Link to={`/programmes/${programmeId}/activities/${activityId}/attendance`} data-testid="attendance-jump">{t('attendanceView.jump')}</Link></Paragraph>;
}
