import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { api } from '../../api.js';

interface ImportSummary {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  coders: { matched: number; external: number };
  positions: { convention: string; method: string; rejected: string | null; origin: string | null } | null;
  lost: { kind: string; count: number }[];
  notices: { code: string; count: number }[];
  skipped: { code: string; name: string; detail?: string }[];
}

const exportTargets = ['standard', 'nvivo', 'atlasti', 'maxqda'] as const;

interface Props {
  /** The analysis API path, e.g. /programmes/{id}/analysis. */
  base: string;
  canWrite: boolean;
  /** Called after a successful import (to reload what the page shows). */
  onImported?: () => void;
}

/** REFI-QDA exchange: download the project (.qdpx) and the codebook (.qdc); import either. */
export function RefiQdaPanel({ base, canWrite, onImported }: Props) {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [target, setTarget] = useState<(typeof exportTargets)[number]>('standard');
  const matchCoders = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSummary(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError(t('analysis.refiQda.noFile'));
    const form = new FormData();
    form.append('file', chosen, chosen.name);
    if (matchCoders.current?.checked) form.append('matchCoders', 'true');
    const kind = /\.qdc$/i.test(chosen.name) ? 'qdc' : 'qdpx';
    setBusy(true);
    try {
      setSummary(await api<ImportSummary>(`${base}/import-${kind}`, { method: 'POST', body: form }));
      if (file.current) file.current.value = '';
      onImported?.();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="form-card section" data-testid="refi-qda-panel">
      <Heading level={2} data-size="xs">{t('analysis.refiQda.title')}</Heading>
      <Paragraph>{t('analysis.refiQda.intro')}</Paragraph>
      <Field>
        <Label htmlFor="refi-qda-target">{t('analysis.refiQda.exportTarget')}</Label>
        <select id="refi-qda-target" value={target} onChange={(e) => setTarget(e.target.value as typeof target)} aria-describedby="refi-qda-target-hint" data-testid="refi-qda-target">
          {exportTargets.map((k) => <option key={k} value={k}>{t(`analysis.refiQda.targets.${k}`)}</option>)}
        </select>
        <p id="refi-qda-target-hint" className="muted">{t('analysis.refiQda.exportTargetHint')}</p>
      </Field>
      <ul>
        <li><a href={`/api/v1${base}/export.qdpx?target=${target}`} download data-testid="refi-qda-download-qdpx">{t('analysis.refiQda.downloadProject')}</a></li>
        <li><a href={`/api/v1${base}/codebook.qdc`} download data-testid="refi-qda-download-qdc">{t('analysis.refiQda.downloadCodebook')}</a></li>
      </ul>
      {canWrite ? (
        <form onSubmit={submit} className="form-grid">
          <Field>
            <Label htmlFor="refi-qda-file">{t('analysis.refiQda.file')}</Label>
            <input id="refi-qda-file" ref={file} type="file" accept=".qdpx,.qdc" aria-describedby="refi-qda-file-hint" />
            <p id="refi-qda-file-hint" className="muted">{t('analysis.refiQda.fileHint')}</p>
          </Field>
          <div>
            <input id="refi-qda-match-coders" ref={matchCoders} type="checkbox" aria-describedby="refi-qda-match-coders-hint" />{' '}
            <label htmlFor="refi-qda-match-coders">{t('analysis.refiQda.matchCoders')}</label>
            <p id="refi-qda-match-coders-hint" className="muted">{t('analysis.refiQda.matchCodersHint')}</p>
          </div>
          <Button type="submit" disabled={busy}>{t('analysis.refiQda.importButton')}</Button>
        </form>
      ) : null}
      <div role="status" className="status-region">
        {busy ? <Paragraph><Spinner aria-hidden data-size="sm" /> {t('analysis.refiQda.importing')}</Paragraph> : null}
        {summary ? (
          <Alert data-color="success" data-testid="refi-qda-result">
            <Paragraph>{t('analysis.refiQda.done', { documents: summary.documents, codes: summary.codes, codings: summary.codings, memos: summary.memos })}</Paragraph>
            {summary.positions ? (
              <>
                <Paragraph data-testid="refi-qda-positions">
                  {t('analysis.refiQda.positionsRead', { convention: t(`analysis.refiQda.conventions.${summary.positions.convention}`), method: t(`analysis.refiQda.methods.${summary.positions.method}`) })}
                </Paragraph>
                {summary.positions.rejected ? (
                  <Paragraph>{t('analysis.refiQda.positionsRejected', { origin: summary.positions.origin ?? '', rejected: t(`analysis.refiQda.conventions.${summary.positions.rejected}`) })}</Paragraph>
                ) : null}
                <Paragraph>{t('analysis.refiQda.coders', { matched: summary.coders.matched, external: summary.coders.external })}</Paragraph>
                <Paragraph>{t('analysis.refiQda.notPseudonymised')}</Paragraph>
              </>
            ) : null}
            {summary.lost.length ? (
              <>
                <Paragraph>{t('analysis.refiQda.lostTitle')}</Paragraph>
                <ul data-testid="refi-qda-lost">
                  {summary.lost.map((l) => <li key={l.kind}>{t(`analysis.refiQda.lost.${l.kind}`, { count: l.count })}</li>)}
                </ul>
              </>
            ) : null}
            {summary.notices.length ? (
              <>
                <Paragraph>{t('analysis.refiQda.noticesTitle')}</Paragraph>
                <ul>
                  {summary.notices.map((n) => <li key={n.code}>{t(`analysis.refiQda.notices.${n.code}`, { count: n.count })}</li>)}
                </ul>
              </>
            ) : null}
            {summary.skipped.length ? (
              <>
                <Paragraph>{t('analysis.refiQda.skippedTitle', { count: summary.skipped.length })}</Paragraph>
                <ul>
                  {summary.skipped.map((s, i) => (
                    <li key={i}>{t(`analysis.refiQda.skipped.${s.code}`, { defaultValue: t('analysis.refiQda.skipped.not_imported') })}: {s.name}{s.detail ? ` (${s.detail})` : ''}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </Alert>
        ) : null}
      </div>
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
    </Card>
  );
}
