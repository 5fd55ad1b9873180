import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { formatDateTime } from '../format.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import '../people.css';

interface Hit {
  id: string;
  code: string;
  withdrawnAt: string;
  sourceKey: string;
  labelKey: string;
  staffPath: string | null;
  detail: 'name' | 'email' | 'phone';
  status: string;
  reason: string | null;
  snippet: { before: string; match: string; after: string } | null;
  changed: boolean;
}

interface WithdrawalRecord {
  id: string;
  code: string;
  choice: 'erase' | 'anonymise';
  via: 'participant_page' | 'coordinator';
  withdrawnAt: string;
  hits: { open: number; replaced: number; kept: number; edited: number; gone: number };
  kept: Hit[];
}

function Snippet({ hit }: { hit: Hit }) {
  const { t } = useTranslation();
  if (!hit.snippet) return null;
  return (
    <p className="withdrawal-snippet" style={{ overflowWrap: 'anywhere' }}>
      <span className="ds-sr-only">{t('withdrawalSearch.snippet')}: </span>
      {hit.snippet.before}<mark>{hit.snippet.match}</mark>{hit.snippet.after}
    </p>
  );
}

/** One place in free text where a withdrawn person's details were found, with the three ways to resolve it. */
function HitCard({ hit, base, onDone }: { hit: Hit; base: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [keeping, setKeeping] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const resolve = async (body: Record<string, string>, message: string) => {
    setError(null);
    try {
      await api(`${base}/withdrawal-hits/${hit.id}/resolve`, { method: 'POST', body });
      onDone(message);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, String(err)));
    }
  };
  const headingId = `hit-${hit.id}`;
  return (
    <Card className="form-card" data-testid="withdrawal-hit" aria-labelledby={headingId}>
      <Heading level={3} data-size="2xs" id={headingId}>
        {t(hit.labelKey, { defaultValue: t('withdrawalSearch.sources.unknown') })} · {t(`withdrawalSearch.details.${hit.detail}`)}
      </Heading>
      <Snippet hit={hit} />
      {hit.changed ? <Alert data-color="warning"><Paragraph>{t('withdrawalSearch.changed')}</Paragraph></Alert> : null}
      {hit.staffPath ? <Paragraph><Link to={`${base}${hit.staffPath}`}>{t('withdrawalSearch.openText')}</Link></Paragraph> : null}
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error.message}</Paragraph></Alert> : null}
      {keeping ? (
        <form onSubmit={(e) => { e.preventDefault(); void resolve({ action: 'keep', reason }, t('withdrawalSearch.kept')); }}>
          <Textfield label={t('withdrawalSearch.reason')} description={t('withdrawalSearch.reasonHint')} value={reason} onChange={(e) => setReason(e.target.value)} error={error?.forField('reason')} required />
          <div className="inline-form">
            <Button type="submit">{t('withdrawalSearch.keepConfirm')}</Button>
            <Button variant="tertiary" type="button" onClick={() => setKeeping(false)}>{t('withdrawalSearch.cancel')}</Button>
          </div>
        </form>
      ) : (
        <div className="inline-form">
          {!hit.changed ? <Button onClick={() => resolve({ action: 'replace' }, t('withdrawalSearch.replaced', { code: hit.code }))}>{t('withdrawalSearch.replace', { code: hit.code })}</Button> : null}
          <Button variant="secondary" onClick={() => setKeeping(true)}>{t('withdrawalSearch.keep')}</Button>
          <Button variant="tertiary" onClick={() => resolve({ action: 'edited' }, t('withdrawalSearch.edited'))}>{t('withdrawalSearch.markEdited')}</Button>
        </div>
      )}
    </Card>
  );
}

/**
 * After a withdrawal: the places in free text where the person's name, e-mail or phone was found
 * (replace with the code, keep with a reason, or edited by hand), and the withdrawal records with the
 * hits kept. Coordinators only; the API answers 404 to anyone else.
 */
export function WithdrawalFollowUpPage() {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const hits = useApi<Hit[]>(`${base}/withdrawal-hits`);
  const records = useApi<WithdrawalRecord[]>(`${base}/withdrawals`);
  const [status, setStatus] = useState<string | null>(null);
  const done = (message: string) => { setStatus(message); hits.reload(); records.reload(); };
  const byWithdrawal = new Map<string, Hit[]>();
  for (const h of hits.data ?? []) byWithdrawal.set(`${h.code} ${h.withdrawnAt}`, [...(byWithdrawal.get(`${h.code} ${h.withdrawnAt}`) ?? []), h]);

  return (
    <div className="page">
      <PageHeader title={t('withdrawalSearch.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }, { label: t('withdrawalSearch.title'), to: `${base}/people/withdrawals` }]} />
      <PeopleTabs />
      <Paragraph>{t('withdrawalSearch.intro')}</Paragraph>
      <StatusMessage message={status} />
      <section aria-labelledby="todo-heading" className="section" data-testid="withdrawal-todo">
        <Heading level={2} data-size="sm" id="todo-heading">{t('withdrawalSearch.todoTitle')}</Heading>
        {!hits.data ? <LoadState error={hits.error} /> : hits.data.length === 0 ? <Paragraph>{t('withdrawalSearch.empty')}</Paragraph> : (
          [...byWithdrawal.values()].map((group) => (
            <div key={group[0].id} className="page">
              <Paragraph><strong className="code">{t('withdrawalSearch.foundFor', { code: group[0].code, date: formatDateTime(group[0].withdrawnAt, i18n.language) })}</strong></Paragraph>
              {group.map((h) => <HitCard key={h.id} hit={h} base={base} onDone={done} />)}
            </div>
          ))
        )}
      </section>
      <section aria-labelledby="records-heading" className="section" data-testid="withdrawal-records">
        <Heading level={2} data-size="sm" id="records-heading">{t('withdrawalSearch.recordsTitle')}</Heading>
        {!records.data ? <LoadState error={records.error} /> : records.data.length === 0 ? <Paragraph>{t('withdrawalSearch.noRecords')}</Paragraph> : (
          <ul className="plain-list">
            {records.data.map((r) => (
              <li key={r.id}>
                <Paragraph>{t('withdrawalSearch.record', { code: r.code, date: formatDateTime(r.withdrawnAt, i18n.language), choice: t(`withdrawalSearch.choices.${r.choice}`), via: t(`withdrawalSearch.via.${r.via}`) })}</Paragraph>
                <Paragraph data-size="sm">{t('withdrawalSearch.hitsSummary', r.hits)}</Paragraph>
                {r.kept.length ? (
                  <>
                    <Heading level={3} data-size="2xs">{t('withdrawalSearch.keptTitle')}</Heading>
                    <ul>
                      {r.kept.map((k) => (
                        <li key={k.id}>
                          {t(k.labelKey, { defaultValue: t('withdrawalSearch.sources.unknown') })}: {k.reason}
                          <Snippet hit={k} />
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
