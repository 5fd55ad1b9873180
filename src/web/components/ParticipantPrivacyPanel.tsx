import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Fieldset, Heading, Paragraph, Radio, Tag, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { uploadFile, type ConsentStatus } from '../consent-types.js';
import { useApi } from '../hooks/useApi.js';
import type { ParticipantDetail } from '../people-types.js';
import { useSession } from '../session.js';
import { useProgramme } from '../hooks/useProgramme.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { StatusMessage } from './StatusMessage.js';

type Lang = 'nb' | 'nn' | 'en';

/** Consent per purpose, personal link with QR code, paper consent, withdrawal and access export for one participant. */
export function ParticipantPrivacyPanel({ participant, programmeId }: { participant: ParticipantDetail; programmeId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const { canManage, archived } = useProgramme();
  const base = `/programmes/${programmeId}/participants/${participant.id}`;
  const status = useApi<ConsentStatus>(`${base}/consents`);
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<{ url: string; qrSvg: string } | null>(null);
  const [withdrawing, setWithdrawing] = useState(false);
  // No choice is made for the person: erase or anonymise is picked on purpose (issue 15).
  const [choice, setChoice] = useState<'erase' | 'anonymise' | null>(null);
  const [signedOn, setSignedOn] = useState('');
  const [granted, setGranted] = useState<string[]>([]);
  const [scan, setScan] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const lang = (i18n.language as Lang) ?? 'nb';
  // 403 (researchers, observers): consent shows only as counts elsewhere.
  if (status.error?.status === 403 || status.error?.status === 404) return null;
  const s = status.data;
  const isCoordinator = canManage && !!s;

  const createLink = async () => setLink(await api<{ url: string; qrSvg: string }>(`${base}/personal-link`, { method: 'POST' }));
  const recordPaper = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const result = await api<ConsentStatus>(`${base}/paper-consents`, { method: 'POST', body: { signedOn, grantedPurposeKeys: granted } });
      const first = result.history.filter((h) => h.method === 'paper').at(-1);
      if (scan && first) await uploadFile(`${base}/consents/${first.id}/scan`, scan, session.csrfToken ?? null);
      setMessage(t('consent.recorded'));
      status.reload();
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(400, String((err as Error).message)));
    }
  };
  const mustChoose = s?.withdrawalChoice === 'participant_chooses';
  const fixed = mustChoose ? (choice ?? 'erase') : (s?.withdrawalChoice as 'erase' | 'anonymise' | undefined) ?? 'erase';
  const withdraw = async () => {
    const q = mustChoose ? `?choice=${choice}` : '';
    const done = await api<{ code: string }>(`${base}/consents${q}`, { method: 'DELETE' });
    setWithdrawing(false);
    setMessage(t('privacy.withdrawn', { code: done.code }));
  };

  return (
    <section aria-labelledby="privacy-heading" className="section" data-testid="privacy-panel">
      <Heading level={2} data-size="sm" id="privacy-heading">{t('consent.statusTitle')}</Heading>
      <StatusMessage message={message} />
      {s ? (
        <ul className="plain-list">
          {s.purposes.map((p) => (
            <li key={p.key}>
              {p.label[lang] ?? p.label.nb}:{' '}
              <Tag data-color={p.answer === 'granted' ? 'success' : p.answer === 'refused' ? 'danger' : 'neutral'}>
                {t(p.answer === 'granted' ? 'consent.granted' : p.answer === 'refused' ? 'consent.refused' : 'consent.notAnswered')}
              </Tag>{' '}
              {p.method ? <span>{t(p.method === 'paper' ? 'consent.viaPaper' : 'consent.viaPage')} {p.signedOn ?? p.recordedAt?.slice(0, 10)}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Paragraph data-size="sm">{t('consent.linkHint')}</Paragraph>
      <Button variant="secondary" onClick={createLink} data-testid="personal-link-new">{t('consent.personalLink')}</Button>
      {link ? (
        <Card className="form-card">
          <Paragraph>{t('consent.linkCreated')} <code>{link.url}</code></Paragraph>
          <img alt={t('consent.qrAlt')} width={180} height={180} src={`data:image/svg+xml;utf8,${encodeURIComponent(link.qrSvg)}`} />
        </Card>
      ) : null}
      {s && !archived ? (
        <Card className="form-card">
          <Heading level={3} data-size="xs">{t('consent.recordPaper')}</Heading>
          <form onSubmit={recordPaper}>
            <Textfield label={t('consent.signedDate')} type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} error={error?.forField('signedOn')} required />
            <Fieldset>
              <Fieldset.Legend>{t('participant.purposesLegend')}</Fieldset.Legend>
              {s.purposes.map((p) => (
                <Checkbox key={p.key} label={p.label[lang] ?? p.label.nb} value={p.key} checked={granted.includes(p.key)}
                  onChange={(e) => setGranted((g) => (e.target.checked ? [...g, p.key] : g.filter((k) => k !== p.key)))} />
              ))}
            </Fieldset>
            <Textfield label={t('consent.scan')} type="file" accept="application/pdf,image/*" onChange={(e) => setScan(e.target.files?.[0] ?? null)} />
            {error && !error.forField('signedOn') ? <Paragraph role="alert">{error.detail}</Paragraph> : null}
            <Button type="submit">{t('consent.recordPaper')}</Button>
          </form>
        </Card>
      ) : null}
      {isCoordinator ? (
        <div className="button-row">
          <Button asChild variant="secondary"><a href={`/api/v1${base}/access-export`} download>{t('privacy.accessExport')}</a></Button>
          <Button data-color="danger" variant="secondary" disabled={mustChoose && !choice} onClick={() => setWithdrawing(true)}>{t('privacy.withdrawButton')}</Button>
        </div>
      ) : null}
      {isCoordinator && s?.withdrawalChoice === 'participant_chooses' ? (
        <Fieldset>
          <Fieldset.Legend>{t('privacy.chooseWithdrawal')}</Fieldset.Legend>
          <Radio name="withdraw-choice" label={t('consent.choice.erase')} value="erase" checked={choice === 'erase'} onChange={() => setChoice('erase')} />
          <Radio name="withdraw-choice" label={t('consent.choice.anonymise')} value="anonymise" checked={choice === 'anonymise'} onChange={() => setChoice('anonymise')} />
        </Fieldset>
      ) : null}
      <ConfirmDialog
        open={withdrawing}
        title={t('privacy.withdrawTitle')}
        message={t(fixed === 'erase' ? 'privacy.confirmErase' : 'privacy.confirmAnonymise', { code: participant.code })}
        confirmLabel={t('privacy.withdrawButton')}
        onConfirm={withdraw}
        onClose={() => setWithdrawing(false)}
      />
    </section>
  );
}
