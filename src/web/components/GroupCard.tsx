import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import type { Group, Participant } from '../people-types.js';
import { SelectField } from './SelectField.js';

const memberRoles = ['member', 'leader', 'secretary', 'measurement_lead', 'contact_person'];
const texts = ['mandate', 'workPlan', 'meetingTimes'] as const;

interface Props {
  programmeId: string;
  group: Group;
  staff: { userId: string; name: string }[];
  participants: Participant[];
  canDelete: boolean;
  onChanged(message: string): void;
  onError(message: string): void;
}

/** One group: mandate, work plan, meeting times (editable by those allowed), members with roles, add/remove. */
export function GroupCard({ programmeId, group, staff, participants, canDelete, onChanged, onError }: Props) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/groups/${group.id}`;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState({ mandate: group.mandate, workPlan: group.workPlan, meetingTimes: group.meetingTimes });
  const [person, setPerson] = useState('');
  const [role, setRole] = useState('member');
  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      onChanged(message);
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const headingId = `group-${group.id}`;
  const teamSize = group.kind === 'improvement_team' && (group.members.length < 6 || group.members.length > 10);

  return (
    <Card aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>{group.name}</Heading>
      <Paragraph className="muted">{t(`groups.kinds.${group.kind}`)}</Paragraph>
      {editing ? (
        <div className="form-grid">
          {texts.map((k) => (
            <Textarea key={k} id={`${headingId}-${k}`} aria-label={t(`groups.${k}`)} placeholder={t(`groups.${k}`)} value={draft[k]} rows={3} onChange={(e) => setDraft((d) => ({ ...d, [k]: e.target.value }))} />
          ))}
          <div className="button-row">
            <Button onClick={() => run(() => api(base, { method: 'PATCH', body: draft }).then(() => setEditing(false)), t('groups.saved'))}>{t('groups.save')}</Button>
            <Button variant="tertiary" onClick={() => setEditing(false)}>{t('people.cancel')}</Button>
          </div>
        </div>
      ) : (
        <dl className="detail-list">
          {texts.map((k) => (
            <div key={k}><dt>{t(`groups.${k}`)}</dt><dd className="group-text">{group[k] || t('groups.notSet')}</dd></div>
          ))}
        </dl>
      )}
      <Heading level={4} data-size="2xs">{t('groups.members')}</Heading>
      {teamSize ? <Paragraph data-size="sm" className="muted">{t('groups.teamSize', { count: group.members.length })}</Paragraph> : null}
      {group.members.length === 0 ? <Paragraph>{t('groups.noMembers')}</Paragraph> : (
        <ul className="member-list">
          {group.members.map((m) => (
            <li key={m.id}>
              <span>{m.kind === 'participant' ? <span className="code">{m.displayName}</span> : m.displayName} – {t(`groups.memberRoles.${m.role}`)}</span>
              {group.canEdit ? (
                <Button variant="tertiary" data-size="sm" aria-label={t('groups.removeLabel', { name: m.displayName, group: group.name })}
                  onClick={() => run(() => api(`${base}/members/${m.id}`, { method: 'DELETE' }), t('groups.saved'))}>{t('groups.remove')}</Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {group.canEdit ? (
        <div className="inline-form">
          <SelectField id={`${headingId}-person`} label={t('groups.person')} value={person} onChange={setPerson}>
            <option value="">{t('common.choose')}</option>
            <optgroup label={t('groups.staff')}>{staff.map((s) => <option key={s.userId} value={`u:${s.userId}`}>{s.name}</option>)}</optgroup>
            <optgroup label={t('groups.participant')}>{participants.map((p) => <option key={p.id} value={`p:${p.id}`}>{p.name ? `${p.name} (${p.code})` : p.code}</option>)}</optgroup>
          </SelectField>
          <SelectField id={`${headingId}-role`} label={t('groups.memberRole')} value={role} onChange={setRole}>
            {memberRoles.map((r) => <option key={r} value={r}>{t(`groups.memberRoles.${r}`)}</option>)}
          </SelectField>
          <Button variant="secondary" disabled={!person}
            onClick={() => run(() => api(`${base}/members`, { method: 'POST', body: { ...(person.startsWith('u:') ? { userId: person.slice(2) } : { participantId: person.slice(2) }), role } }).then(() => setPerson('')), t('groups.saved'))}>
            {t('groups.addMember')}
          </Button>
          <Button variant="tertiary" onClick={() => setEditing(true)}>{t('groups.editTeam')}</Button>
          {canDelete ? <Button variant="tertiary" data-color="danger" onClick={() => window.confirm(t('groups.deleteConfirm', { name: group.name })) && run(() => api(base, { method: 'DELETE' }), t('groups.saved'))}>{t('groups.delete')}</Button> : null}
        </div>
      ) : null}
    </Card>
  );
}
