import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDateTime } from '../../../format.js';
import { useApi } from '../../../hooks/useApi.js';
import type { CheckInCode, InvitationList } from '../../../invitations-types.js';
import { personLabel } from '../../../invitations-types.js';
import type { Participant } from '../../../people-types.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useSectionAction } from './useSectionAction.js';
import { WalkInsPanel } from '../../../components/coordinator/WalkInsPanel.js';

/**
 * Attendance on a phone at the door: one row per invitee with "attended" / "did not attend" buttons,
 * walk-ins, and the door's QR code for self check-in. After the activity a registration counts as
 * late; changing one is a correction (the server audits both).
 */
export function AttendanceSection({ programmeId, detail, archived }: SectionProps) {
  const { t, i18n } = useTranslation();
  const a = detail.activity;
  const path = `/programmes/${programmeId}/activities/${a.id}`;
  const editable = detail.mayWrite && !archived && a.status !== 'cancelled';
  const list = useApi<InvitationList>(`${path}/invitations`);
  const codes = useApi<CheckInCode[]>(editable ? `${path}/check-in-codes` : null);
  const people = useApi<Participant[]>(editable ? `/programmes/${programmeId}/participants` : null);
  const [walkIn, setWalkIn] = useState('');
  const [hours, setHours] = useState('4');
  const { error, run } = useSectionAction();
  const mark = (participantId: string, attended: boolean) => run(() => api(`${path}/attendance/${participantId}`, { method: 'PUT', body: { attended } }), list.reload);
  const items = list.data?.items ?? [];
  const invited = items.filter((i) => i.invitationId);
  const attendedInvited = invited.filter((i) => i.attendance?.attended).length;
  const latest = codes.data?.[0];
  return (
    <Card data-testid="attendance-section">
      <Heading level={2} data-size="xs">{t('invitations.attendance.heading')}</Heading>
      <ProblemAlert error={error ?? list.error} />
      <Paragraph data-testid="attendance-rate">{t('invitations.attendance.rate', { attended: attendedInvited, invited: invited.length })}</Paragraph>
      <ul className="plain-list" data-testid="attendance-list">
        {items.map((i) => (
          <li key={i.participantId}>
            <span>{personLabel(i)} {i.attendance ? <Tag data-color={i.attendance.attended ? 'success' : 'neutral'}>{t(`invitations.attendance.${i.attendance.attended ? 'attended' : 'absent'}`)} · {t(`invitations.methods.${i.attendance.method}`)}</Tag> : <Tag data-color="neutral">{t('invitations.attendance.notRegistered')}</Tag>}</span>
            {editable ? (
              <span role="group" aria-label={t('invitations.attendance.register', { code: i.code })}>
                <Button data-size="sm" variant={i.attendance?.attended ? 'primary' : 'secondary'} aria-pressed={i.attendance?.attended === true} onClick={() => mark(i.participantId, true)}>{t('invitations.attendance.attended')}</Button>{' '}
                <Button data-size="sm" variant={i.attendance && !i.attendance.attended ? 'primary' : 'secondary'} aria-pressed={i.attendance?.attended === false} onClick={() => mark(i.participantId, false)}>{t('invitations.attendance.absent')}</Button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {editable ? (
        <>
          <div className="inline-form">
            <SelectField id="walk-in" label={t('invitations.attendance.walkIn')} value={walkIn} onChange={setWalkIn}>
              <option value="">{t('invitations.panel.none')}</option>
              {people.data?.filter((p) => !items.some((i) => i.participantId === p.id)).map((p) => <option key={p.id} value={p.id}>{personLabel(p)}</option>)}
            </SelectField>
            <Button variant="secondary" disabled={!walkIn} onClick={() => run(async () => { await api(`${path}/attendance/${walkIn}`, { method: 'PUT', body: { attended: true } }); setWalkIn(''); }, list.reload)}>{t('invitations.attendance.addWalkIn')}</Button>
          </div>
          <WalkInsPanel programmeId={programmeId} activityId={a.id} municipalityId={a.municipalityId} onConfirmed={list.reload} />
          <section aria-labelledby="check-in-heading" data-testid="check-in-panel">
            <Heading level={3} data-size="2xs" id="check-in-heading">{t('invitations.attendance.checkIn')}</Heading>
            {latest ? (
              <div className="check-in-code" data-testid="check-in-code">
                <img src={latest.qrDataUrl} width={240} height={240} alt={t('invitations.attendance.qrAlt', { code: latest.code })} />
                <Paragraph data-size="lg"><strong>{t('invitations.attendance.code', { code: latest.code })}</strong>{latest.expired ? ` (${t('invitations.attendance.expired')})` : ''}</Paragraph>
                <Paragraph>{t('invitations.attendance.validUntil', { time: formatDateTime(latest.expiresAt, i18n.language) })}</Paragraph>
                <Paragraph><a href={latest.url} data-testid="check-in-link">{t('invitations.attendance.link')}</a></Paragraph>
              </div>
            ) : <Paragraph>{t('invitations.attendance.noCodes')}</Paragraph>}
            <div className="inline-form">
              <Textfield id="check-in-hours" type="number" min={1} max={72} label={t('invitations.attendance.validHours')} value={hours} onChange={(e) => setHours(e.target.value)} />
              <Button onClick={() => run(() => api(`${path}/check-in-codes`, { method: 'POST', body: { validHours: Number(hours) || 4 } }), codes.reload)} data-testid="check-in-create">{t('invitations.attendance.newCode')}</Button>
            </div>
          </section>
        </>
      ) : null}
    </Card>
  );
}
