import type { ComponentType } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { ActivityDetail, SectionProps } from '../../activities-types.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { formatDateTime } from '../../format.js';
import { AgendaSection } from './sections/AgendaSection.js';
import { DecisionsSection } from './sections/DecisionsSection.js';
import { MinutesSection } from './sections/MinutesSection.js';
import { OutputsSection } from './sections/OutputsSection.js';
import { ScheduleSection } from './sections/ScheduleSection.js';
import { DetailsSection } from './sections/DetailsSection.js';
import { InvitationsSection } from './sections/InvitationsSection.js';
import { AttendanceSection } from './sections/AttendanceSection.js';
import { AttendanceJumpLink } from './ActivityAttendancePage.js';
import { CancelSection } from './sections/CancelSection.js';
import { producesLabel } from './produces.js';
import '../../activities.css';
import '../../people.css';

/**
 * The parts of the activity page, in order. Each is its own component with the same props, so a
 * capability (invitations, attendance) adds its panel with one line here.
 */
// In the order of the coordinator's work (issue 15): when and where, invite, take attendance, write
// the minutes and what was decided; the agenda, results and settings after; cancelling last, apart.
const sections: { key: string; Section: ComponentType<SectionProps> }[] = [
  { key: 'schedule', Section: ScheduleSection },
  { key: 'invitations', Section: InvitationsSection },
  { key: 'attendance', Section: AttendanceSection },
  { key: 'minutes', Section: MinutesSection },
  { key: 'decisions', Section: DecisionsSection },
  { key: 'agenda', Section: AgendaSection },
  { key: 'outputs', Section: OutputsSection },
  { key: 'details', Section: DetailsSection },
  { key: 'cancel', Section: CancelSection },
];
const tasks = [['invitations', 'invite'], ['attendance', 'attendance'], ['minutes', 'minutes']] as const;

/** One activity: facts, order warnings, then its sections. */
export function ActivityDetailPage() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const { activityId } = useParams();
  const base = `/programmes/${programme.id}`;
  const detail = useApi<ActivityDetail>(`${base}/activities/${activityId}`);
  const data = detail.data?.activity.id === activityId ? detail.data : undefined;
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const crumbs = [...programmeCrumbs(programme, t), { label: t('activities.title'), to: `${base}/activities` }];
  if (!data) return <div className="page"><PageHeader title={t('activities.title')} crumbs={crumbs} /><LoadState error={detail.error} /></div>;
  const a = data.activity;
  return (
    <div className="page">
      <PageHeader title={a.name} crumbs={[...crumbs, { label: a.name, to: `${base}/activities/${a.id}` }]} />
      <Paragraph><Link to={`${base}/activities`}>{t('activities.detail.back')}</Link></Paragraph>
      {a.status !== 'cancelled' ? <AttendanceJumpLink programmeId={programme.id} activityId={a.id} /> : null}
      <dl className="activity-facts" data-testid="activity-facts">
        <dt>{t('activities.timeline.status')}</dt><dd><Tag data-color={a.status === 'cancelled' ? 'neutral' : a.status === 'held' ? 'success' : 'info'}>{t(`activities.statuses.${a.status}`)}</Tag>{a.cancelledReason ? ` ${a.cancelledReason}` : ''}</dd>
        <dt>{t('activities.timeline.when')}</dt><dd>{a.startsAt ? `${formatDateTime(a.startsAt, i18n.language)} – ${a.endsAt ? formatDateTime(a.endsAt, i18n.language) : ''}` : t('activities.timeline.unscheduled')}</dd>
        <dt>{t('activities.detail.type')}</dt><dd>{data.type?.labels[lang] ?? data.type?.labels.nb ?? t('coordinator.timeline.otherStage')}{a.isPilot ? ` – ${t('activities.detail.pilot')}` : ''}</dd>
        <dt>{t('activities.detail.mode')}</dt><dd>{t(`activities.modes.${a.mode}`)}</dd>
        <dt>{t('activities.detail.duration')}</dt><dd>{t('activities.detail.durationValue', { minutes: a.durationMinutes })}</dd>
        <dt>{t('activities.detail.location')}</dt><dd>{a.location || '–'}</dd>
        <dt>{t('activities.detail.capacity')}</dt><dd>{a.capacity ?? t('activities.detail.unlimited')}</dd>
        {data.type ? <><dt>{t('activities.detail.recorded')}</dt><dd>{data.type.recorded ? t('activities.detail.yes') : t('activities.detail.no')}</dd></> : null}
        {data.type?.produces.length ? <><dt>{t('activities.detail.produces')}</dt><dd>{data.type.produces.map((p) => producesLabel(t, i18n, p)).join(', ')}</dd></> : null}
        {data.dependsOn.length ? <><dt>{t('activities.detail.dependsOn')}</dt><dd>{data.dependsOn.map((d, i) => <span key={d.id}>{i ? ', ' : ''}<Link to={`${base}/activities/${d.id}`}>{d.name}</Link></span>)}</dd></> : null}
      </dl>
      {data.warnings.length ? (
        <Alert data-color="warning" data-testid="activity-warnings">
          <Heading level={2} data-size="2xs">{t('activities.warnings.heading')}</Heading>
          <ul>{data.warnings.map((w) => <li key={`${w.kind}-${w.activityId}-${w.otherActivityId}`}>{w.message}</li>)}</ul>
        </Alert>
      ) : null}
      <nav aria-label={t('coordinator.tasks.heading')} className="activity-tasks" data-testid="activity-tasks">
        <ul className="button-row plain-list">
          {tasks.map(([section, label]) => <li key={section}><a href={`#section-${section}`}>{t(`coordinator.tasks.${label}`)}</a></li>)}
        </ul>
      </nav>
      <div className="activity-sections">
        {sections.map(({ key, Section }) => <div key={key} id={`section-${key}`} className="activity-section-anchor"><Section programmeId={programme.id} detail={data} reload={detail.reload} archived={archived} /></div>)}
      </div>
    </div>
  );
}
