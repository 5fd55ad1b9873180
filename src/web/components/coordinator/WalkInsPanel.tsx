import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ProblemAlert } from '../../pages/activities/ProblemAlert.js';
import { useApi } from '../../hooks/useApi.js';
import { personLabel } from '../../invitations-types.js';
import type { Participant } from '../../people-types.js';
import { SelectField } from '../SelectField.js';
import './coordinator.css';

interface WalkIn { id: string; name: string | null; role: 'recipient' | 'provider' | 'leader'; createdAt: string }

/**
 * People who registered themselves at the door without a personal code. Staff confirm each as a new
 * participant (name and role from the door) or as someone already registered, or dismiss a mistake.
 */
export function WalkInsPanel({ programmeId, activityId, municipalityId, onConfirmed }: { programmeId: string; activityId: string; municipalityId: string | null; onConfirmed(): void }) {
  const { t } = useTranslation();
  const path = `/programmes/${programmeId}/activities/${activityId}`;
  const list = useApi<WalkIn[]>(`${path}/walk-ins`);
  const people = useApi<Participant[]>(`/programmes/${programmeId}/participants`);
  const municipalities = useApi<{ id: string; name: string }[]>(municipalityId ? null : `/programmes/${programmeId}/municipalities`);
  const [match, setMatch] = useState<Record<string, string>>({});
  const [where, setWhere] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<void>) => {
    setError(null);
    setNotice('');
    try { await action(); list.reload(); } catch (e) { setError(e); }
  };
  const confirm = (w: WalkIn, body: Record<string, string | null>) => run(async () => {
    const done = await api<{ code: string }>(`${path}/walk-ins/${w.id}/confirm`, { method: 'POST', body });
    setNotice(t('walkIns.staff.confirmed', { code: done.code }));
    people.reload();
    onConfirmed();
  });
  return (
    <section aria-labelledby="walk-ins-heading" data-testid="walk-ins">
      <Heading level={3} data-size="2xs" id="walk-ins-heading">{t('walkIns.staff.heading')}</Heading>
      <ProblemAlert error={error ?? list.error} />
      <Paragraph role="status" data-testid="walk-ins-notice">{notice}</Paragraph>
      {list.data && list.data.length === 0 ? <Paragraph>{t('walkIns.staff.empty')}</Paragraph> : <Paragraph data-size="sm">{t('walkIns.staff.intro')}</Paragraph>}
      <ul className="walk-in-list">
        {list.data?.map((w) => (
          <li key={w.id} data-testid="walk-in">
            <span><strong>{w.name ?? t('walkIns.staff.hiddenName')}</strong> · {t('walkIns.staff.role', { role: t(`people.roles.${w.role}`) })}</span>
            {!municipalityId ? (
              <SelectField id={`walk-in-where-${w.id}`} label={t('walkIns.staff.municipality')} value={where[w.id] ?? ''} onChange={(v) => setWhere((m) => ({ ...m, [w.id]: v }))}>
                <option value="">{t('walkIns.staff.chooseMunicipality')}</option>
                {municipalities.data?.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
              </SelectField>
            ) : null}
            <div className="button-row">
              <Button data-size="sm" onClick={() => void confirm(w, where[w.id] ? { municipalityId: where[w.id] } : {})} data-testid="walk-in-confirm-new">{t('walkIns.staff.confirmNew')}</Button>
              <Button data-size="sm" variant="tertiary" onClick={() => void run(async () => { await api(`${path}/walk-ins/${w.id}`, { method: 'DELETE' }); })}>{t('walkIns.staff.dismiss')}</Button>
            </div>
            <SelectField id={`walk-in-match-${w.id}`} label={t('walkIns.staff.match')} value={match[w.id] ?? ''} onChange={(v) => setMatch((m) => ({ ...m, [w.id]: v }))} data-testid="walk-in-match">
              <option value="">{t('walkIns.staff.chooseParticipant')}</option>
              {people.data?.map((p) => <option key={p.id} value={p.id}>{personLabel(p)}</option>)}
            </SelectField>
            <div><Button data-size="sm" variant="secondary" disabled={!match[w.id]} onClick={() => void confirm(w, { participantId: match[w.id] })} data-testid="walk-in-confirm-match">{t('walkIns.staff.confirmMatch')}</Button></div>
          </li>
        ))}
      </ul>
    </section>
  );
}
