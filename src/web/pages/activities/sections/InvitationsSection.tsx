import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { DataTable } from '../../../components/DataTable.js';
import { DeliveryStatus } from '../../../components/DeliveryStatus.js';
import { SelectField } from '../../../components/SelectField.js';
import { useApi } from '../../../hooks/useApi.js';
import type { InvitationList, InvitationStatus } from '../../../invitations-types.js';
import { personLabel } from '../../../invitations-types.js';
import type { GroupsOverview, Participant } from '../../../people-types.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { PrintLinkButton } from '../../../components/coordinator/PrintLinkButton.js';
import { RecipientPicker, type SendResult } from '../../../components/coordinator/RecipientPicker.js';

const statusColor: Record<InvitationStatus, 'neutral' | 'success' | 'danger' | 'warning' | 'info'> = { invited: 'neutral', yes: 'success', no: 'danger', maybe: 'warning', waiting_list: 'info' };

/** Invite a group or a participant (each gets an e-mail with an .ics and a reply link); answers, seats and waiting list. */
export function InvitationsSection({ programmeId, detail, archived }: SectionProps) {
  const { t } = useTranslation();
  const a = detail.activity;
  const path = `/programmes/${programmeId}/activities/${a.id}`;
  const list = useApi<InvitationList>(`${path}/invitations`);
  const editable = detail.mayWrite && !archived && a.status !== 'cancelled';
  const groups = useApi<GroupsOverview>(editable ? `/programmes/${programmeId}/groups` : null);
  const people = useApi<Participant[]>(editable ? `/programmes/${programmeId}/participants` : null);
  const [groupId, setGroupId] = useState('');
  const [participantId, setParticipantId] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const issuePaths = useRef(new Map<string, string>());
  const run = async (action: () => Promise<void>) => {
    setError(null);
    setNotice('');
    setBusy(true);
    try { await action(); list.reload(); } catch (e) { setError(e); } finally { setBusy(false); }
  };
  const invite = () => run(async () => {
    const result = await api<{ created: number }>(`${path}/invitations`, { method: 'POST', body: { groupIds: groupId ? [groupId] : [], participantIds: participantId ? [participantId] : [] } });
    setNotice(t('invitations.panel.sent', { count: result.created }));
    setGroupId('');
    setParticipantId('');
  });
  const settingsPath = `/programmes/${programmeId}/invitation-settings`;
  const settings = useApi<{ reminderHoursBefore: number }>(detail.mayPlan && !archived ? settingsPath : null);
  const [hours, setHours] = useState<string | null>(null);
  const saveHours = () => run(async () => {
    const saved = await api<{ reminderHoursBefore: number }>(settingsPath, { method: 'PUT', body: { reminderHoursBefore: Number(hours) } });
    settings.setData(() => saved);
    setHours(null);
  });
  const data = list.data;
  const invited = data?.items.filter((i) => i.invitationId) ?? [];
  return (
    <Card data-testid="invitations-section">
      <Heading level={2} data-size="xs">{t('invitations.panel.heading')}</Heading>
      <ProblemAlert error={error ?? list.error} />
      {notice ? <Paragraph role="status" data-testid="invitations-notice">{notice}</Paragraph> : null}
      {data?.capacity != null ? <Paragraph data-testid="invitations-capacity">{t('invitations.panel.capacity', { taken: data.taken, capacity: data.capacity, waiting: data.waiting })}</Paragraph> : null}
      {data && invited.length === 0 ? <Paragraph>{t('invitations.panel.empty')}</Paragraph> : null}
      {invited.length ? (
        <DataTable
          caption={t('invitations.panel.heading')}
          testId="invitations-table"
          head={<><Table.HeaderCell>{t('invitations.panel.participant')}</Table.HeaderCell><Table.HeaderCell>{t('invitations.panel.status')}</Table.HeaderCell><Table.HeaderCell>{t('invitations.panel.email')}</Table.HeaderCell>{editable ? <Table.HeaderCell>{t('invitations.panel.answerFor')}</Table.HeaderCell> : null}</>}
        >
          {invited.map((i) => (
            <Table.Row key={i.participantId}>
              <Table.Cell>{personLabel(i)}</Table.Cell>
              <Table.Cell><Tag data-color={statusColor[i.status!]}>{t(`invitations.statuses.${i.status}`)}</Tag></Table.Cell>
              <Table.Cell>{!i.hasEmail ? <>{t('invitations.panel.noEmail')}{editable ? <> <PrintLinkButton path={`${path}/invitations/${i.invitationId}/link`} code={i.code} kind="invitation" /></> : null}</> : i.delivery ? <DeliveryStatus delivery={i.delivery} testId={`delivery-${i.code}`} /> : i.sentAt ? t('invitations.panel.mailed') : '–'}</Table.Cell>
              {editable ? (
                <Table.Cell>
                  <SelectField id={`answer-${i.participantId}`} label={t('invitations.panel.setStatus', { code: i.code })} value="" onChange={(v) => v && run(async () => void (await api(`${path}/invitations/${i.invitationId}`, { method: 'PATCH', body: { status: v } })))}>
                    <option value="">{t('invitations.panel.none')}</option>
                    {(['yes', 'no', 'maybe'] as const).map((s) => <option key={s} value={s}>{t(`invitations.statuses.${s}`)}</option>)}
                  </SelectField>
                </Table.Cell>
              ) : null}
            </Table.Row>
          ))}
        </DataTable>
      ) : null}
      {editable ? (
        <div className="inline-form">
          <SelectField id="invite-group" label={t('invitations.panel.chooseGroup')} value={groupId} onChange={setGroupId} data-testid="invite-group">
            <option value="">{t('invitations.panel.none')}</option>
            {groups.data?.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
          </SelectField>
          <SelectField id="invite-participant" label={t('invitations.panel.chooseParticipant')} value={participantId} onChange={setParticipantId} data-testid="invite-participant">
            <option value="">{t('invitations.panel.none')}</option>
            {people.data?.map((p) => <option key={p.id} value={p.id}>{personLabel(p)}</option>)}
          </SelectField>
          <Button disabled={busy || (!groupId && !participantId)} onClick={invite} data-testid="invite-send">{busy ? t('invitations.panel.sending') : t('invitations.panel.send')}</Button>
        </div>
      ) : null}
      {editable ? (
        <RecipientPicker programmeId={programmeId} candidatesPath={`${path}/invitation-candidates`} kind="invitation" onSent={list.reload}
          send={async (participantIds) => {
            const r = await api<{ created: number; mailed: number; skipped: SendResult['skipped']; withoutEmail: (SendResult['withoutEmail'][number] & { invitationId: string })[] }>(`${path}/invitations`, { method: 'POST', body: { participantIds } });
            issuePaths.current = new Map(r.withoutEmail.map((w) => [w.participantId, `${path}/invitations/${w.invitationId}/link`]));
            return { sent: r.created, mailed: r.mailed, skipped: r.skipped, withoutEmail: r.withoutEmail };
          }}
          issue={(participantId) => api(issuePaths.current.get(participantId)!, { method: 'POST' })} />
      ) : null}
      {settings.data ? (
        <div className="inline-form">
          <Textfield id="reminder-hours" type="number" min={0} max={336} label={t('invitations.panel.reminderHours')} description={t('invitations.panel.reminderHint')}
            value={hours ?? String(settings.data.reminderHoursBefore)} onChange={(e) => setHours(e.target.value)} />
          <Button variant="secondary" disabled={hours === null || !/^\d+$/.test(hours)} onClick={saveHours}>{t('invitations.panel.save')}</Button>
        </div>
      ) : null}
    </Card>
  );
}
