import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ProblemAlert } from '../../pages/activities/ProblemAlert.js';
import { useApi } from '../../hooks/useApi.js';
import { SelectField } from '../SelectField.js';
import { PrintSlip, type IssuedLink } from './PrintSlip.js';
import './coordinator.css';

export type SkipReason = 'outside' | 'already_invited' | 'no_consent' | 'completed';
export interface Candidate {
  participantId: string; code: string; name: string | null; role: 'recipient' | 'provider' | 'leader'; municipalityId: string;
  groupIds: string[]; hasEmail: boolean; consent: 'granted' | 'missing' | 'not_required'; eligible: boolean; reason: SkipReason | null;
}
export interface Candidates { groups: { id: string; name: string }[]; people: Candidate[] }
export interface SendResult { sent: number; mailed: number; skipped: { code: string | null; reason: SkipReason }[]; withoutEmail: { participantId: string; code: string }[] }

interface Props {
  programmeId: string;
  /** GET path of the candidates (activity invitation candidates or survey recipients). */
  candidatesPath: string;
  send(participantIds: string[]): Promise<SendResult>;
  /** Issues a printable link for one person without e-mail. */
  issue?(participantId: string): Promise<IssuedLink>;
  kind: 'invitation' | 'survey';
  onSent?(): void;
}

/**
 * Send to the people you choose: filter by municipality, role, group and consent, tick people (or all
 * shown), send. The answer says, by code, who was skipped and why, and offers a printable link for
 * those without e-mail.
 */
export function RecipientPicker({ programmeId, candidatesPath, send, issue, kind, onSent }: Props) {
  const { t } = useTranslation();
  const candidates = useApi<Candidates>(candidatesPath);
  const municipalities = useApi<{ id: string; name: string }[]>(`/programmes/${programmeId}/municipalities`);
  const [filter, setFilter] = useState({ municipalityId: '', role: '', groupId: '', consent: '' });
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<SendResult | null>(null);
  const [slip, setSlip] = useState<IssuedLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const people = candidates.data?.people ?? [];
  const shown = useMemo(() => people.filter((p) =>
    (!filter.municipalityId || p.municipalityId === filter.municipalityId) && (!filter.role || p.role === filter.role)
    && (!filter.groupId || p.groupIds.includes(filter.groupId)) && (!filter.consent || p.consent === filter.consent)), [people, filter]);
  const set = (patch: Partial<typeof filter>) => setFilter((f) => ({ ...f, ...patch }));
  const toggle = (id: string) => setChosen((c) => { const n = new Set(c); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const run = async (action: () => Promise<void>) => {
    setError(null);
    setBusy(true);
    try { await action(); } catch (e) { setError(e); } finally { setBusy(false); }
  };
  const submit = () => run(async () => {
    setResult(await send([...chosen]));
    setChosen(new Set());
    candidates.reload();
    onSent?.();
  });
  const print = (participantId: string) => run(async () => { if (issue) setSlip(await issue(participantId)); });
  const municipalityName = (id: string) => municipalities.data?.find((m) => m.id === id)?.name ?? '';
  const label = (p: Candidate) => [p.code, p.name, t(`people.roles.${p.role}`), municipalityName(p.municipalityId), !p.hasEmail ? t('recipients.noEmail') : null, p.reason ? t(`recipients.reasons.${p.reason}`) : null].filter(Boolean).join(' · ');
  const id = `recipients-${kind}`;
  return (
    <section aria-labelledby={`${id}-heading`} className="recipient-picker" data-testid="recipient-picker">
      <Heading level={3} data-size="2xs" id={`${id}-heading`}>{t('recipients.heading')}</Heading>
      <ProblemAlert error={error ?? candidates.error} />
      <div className="recipient-filters">
        <SelectField id={`${id}-municipality`} label={t('recipients.municipality')} value={filter.municipalityId} onChange={(v) => set({ municipalityId: v })}>
          <option value="">{t('recipients.all')}</option>
          {municipalities.data?.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <SelectField id={`${id}-role`} label={t('recipients.role')} value={filter.role} onChange={(v) => set({ role: v })}>
          <option value="">{t('recipients.all')}</option>
          {(['recipient', 'provider', 'leader'] as const).map((r) => <option key={r} value={r}>{t(`people.roles.${r}`)}</option>)}
        </SelectField>
        <SelectField id={`${id}-group`} label={t('recipients.group')} value={filter.groupId} onChange={(v) => set({ groupId: v })}>
          <option value="">{t('recipients.all')}</option>
          {candidates.data?.groups.map((g) => <option key={g.id} value={g.id}>{g.name}</option>)}
        </SelectField>
        <SelectField id={`${id}-consent`} label={t('recipients.consent')} value={filter.consent} onChange={(v) => set({ consent: v })}>
          <option value="">{t('recipients.all')}</option>
          {(['granted', 'missing', 'not_required'] as const).map((c) => <option key={c} value={c}>{t(`recipients.consentStates.${c}`)}</option>)}
        </SelectField>
      </div>
      <Paragraph data-size="sm" role="status" data-testid="recipient-count">{t('recipients.shown', { shown: shown.length, total: people.length, chosen: chosen.size })}</Paragraph>
      <div className="button-row">
        <Button variant="secondary" data-size="sm" onClick={() => setChosen(new Set([...chosen, ...shown.filter((p) => p.eligible).map((p) => p.participantId)]))}>{t('recipients.selectShown')}</Button>
        <Button variant="tertiary" data-size="sm" onClick={() => setChosen(new Set())}>{t('recipients.clear')}</Button>
      </div>
      {candidates.data && shown.length === 0 ? <Paragraph>{t('recipients.nobody')}</Paragraph> : (
        <ul className="recipient-list" aria-label={t('recipients.listLabel')} data-testid="recipient-list">
          {shown.map((p) => (
            <li key={p.participantId}>
              <Checkbox id={`${id}-${p.participantId}`} label={label(p)} checked={chosen.has(p.participantId)} onChange={() => toggle(p.participantId)} data-testid={`recipient-${p.code}`} />
            </li>
          ))}
        </ul>
      )}
      <Button onClick={() => void submit()} disabled={busy || chosen.size === 0} data-testid="recipients-send">{t('recipients.send')}</Button>
      {result ? (
        <div className="recipient-result" data-testid="recipient-result">
          <Paragraph role="status">{t('recipients.result', { sent: result.sent, mailed: result.mailed, skipped: result.skipped.length })}</Paragraph>
          {result.skipped.length ? (
            <>
              <Heading level={4} data-size="2xs">{t('recipients.skippedHeading')}</Heading>
              <ul data-testid="recipient-skipped">{result.skipped.map((s, i) => <li key={`${s.code}-${i}`}><strong>{s.code ?? t('recipients.hiddenCode')}</strong>: {t(`recipients.reasons.${s.reason}`)}</li>)}</ul>
            </>
          ) : null}
          {issue && result.withoutEmail.length ? (
            <>
              <Heading level={4} data-size="2xs">{t('recipients.withoutEmailHeading')}</Heading>
              <ul>{result.withoutEmail.map((w) => <li key={w.participantId}><Button variant="secondary" data-size="sm" onClick={() => void print(w.participantId)} data-testid={`print-${w.code}`}>{t('printSlip.issueFor', { code: w.code })}</Button></li>)}</ul>
            </>
          ) : null}
        </div>
      ) : null}
      {slip ? <PrintSlip issued={slip} kind={kind} title={t('printSlip.heading')} onClose={() => setSlip(null)} /> : null}
    </section>
  );
}
