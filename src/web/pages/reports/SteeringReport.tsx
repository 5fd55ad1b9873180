import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { ApiError, downloadFile } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDate } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import type { SteeringCandidate } from './types.js';

/** The steering group's progress report: pick the decisions needed, type any others, download as Word. */
export function SteeringReport({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation();
  const candidates = useApi<SteeringCandidate[]>(`/programmes/${programmeId}/reports/steering/decisions`);
  const [picked, setPicked] = useState<Set<string> | null>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const s = (k: string, vars?: Record<string, unknown>) => t(`reports.steering.${k}`, vars);
  if (!candidates.data) return <LoadState error={candidates.error} />;
  // Every open decision is picked until the coordinator unticks it.
  const chosen = picked ?? new Set(candidates.data.map((c) => c.id));
  const toggle = (id: string, on: boolean) => { const next = new Set(chosen); if (on) next.add(id); else next.delete(id); setPicked(next); };
  const run = async () => {
    setBusy(true); setStatus(null); setFailure(null);
    try {
      await downloadFile(`/programmes/${programmeId}/reports/steering-report.docx`, { decisionIds: [...chosen], typed: typed.split('\n').map((l) => l.trim()).filter(Boolean) });
      setStatus(s('downloaded'));
    } catch (err) {
      setFailure(err instanceof ApiError ? err.detail : t('errors.internal'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="steering-heading" data-testid="steering">
      <Heading level={2} data-size="xs" id="steering-heading">{s('heading')}</Heading>
      <Paragraph data-size="sm">{s('intro')}</Paragraph>
      <div className="steering-form">
        <Fieldset>
          <Fieldset.Legend>{s('pick')}</Fieldset.Legend>
          {candidates.data.length === 0 ? <Paragraph data-size="sm">{s('noneOpen')}</Paragraph> : candidates.data.map((c) => (
            <Checkbox key={c.id} id={`steering-${c.id}`} checked={chosen.has(c.id)} onChange={(e) => toggle(c.id, e.target.checked)}
              label={`${s(`kinds.${c.kind}`)}: ${c.text} (${[c.activity, c.dueOn ? s('due', { date: formatDate(c.dueOn, i18n.language) }) : ''].filter(Boolean).join(', ')})`} />
          ))}
        </Fieldset>
        <Textfield id="steering-typed" label={s('typed')} multiline rows={3} value={typed} onChange={(e) => setTyped(e.target.value)} />
        <div className="button-row"><Button onClick={() => void run()} disabled={busy} data-testid="steering-download">{busy ? s('downloading') : s('download')}</Button></div>
        <StatusMessage message={status} />
        {failure ? <Alert data-color="danger" role="alert"><Paragraph>{failure}</Paragraph></Alert> : null}
      </div>
    </section>
  );
}
