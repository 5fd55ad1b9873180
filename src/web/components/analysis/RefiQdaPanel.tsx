import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { api } from '../../api.js';

interface ImportSummary {
  documents: number;
  codes: number;
  codings: number;
  memos: number;
  skipped: { code: string; name: string; detail?: string }[];
}

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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSummary(null);
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError(t('analysis.refiQda.noFile'));
    const form = new FormData();
    form.append('file', chosen, chosen.name);
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
      <ul>
        <li><a href={`/api/v1${base}/export.qdpx`} download data-testid="refi-qda-download-qdpx">{t('analysis.refiQda.downloadProject')}</a></li>
        <li><a href={`/api/v1${base}/codebook.qdc`} download data-testid="refi-qda-download-qdc">{t('analysis.refiQda.downloadCodebook')}</a></li>
      </ul>
      {canWrite ? (
        <form onSubmit={submit} className="form-grid">
          <Field>
            <Label htmlFor="refi-qda-file">{t('analysis.refiQda.file')}</Label>
            <input id="refi-qda-file" ref={file} type="file" accept=".qdpx,.qdc" aria-describedby="refi-qda-file-hint" />
            <p id="refi-qda-file-hint" className="muted">{t('analysis.refiQda.fileHint')}</p>
          </Field>
          <Button type="submit" disabled={busy}>{t('analysis.refiQda.importButton')}</Button>
        </form>
      ) : null}
      <div role="status" className="status-region">
        {busy ? <Paragraph><Spinner aria-hidden data-size="sm" /> {t('analysis.refiQda.importing')}</Paragraph> : null}
        {summary ? (
          <Alert data-color="success" data-testid="refi-qda-result">
            <Paragraph>{t('analysis.refiQda.done', { documents: summary.documents, codes: summary.codes, codings: summary.codings, memos: summary.memos })}</Paragraph>
            {summary.skipped.length ? (
              <>
                <Paragraph>{t('analysis.refiQda.skippedTitle', { count: summary.skipped.length })}</Paragraph>
                <ul>
                  {summary.skipped.map((s, i) => (
                    <li key={i}>{t(`analysis.refiQda.skipped.${s.code}`, { defaultValue: s.code })}: {s.name}{s.detail ? ` (${s.detail})` : ''}</li>
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
