import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Checkbox, Heading, Paragraph } from '@digdir/designsystemet-react';
import { SelectField } from '../SelectField.js';

interface Props {
  programmeId: string;
  surveyId: string;
  mode: 'anonymous' | 'linked';
}

type Kind = 'responses.csv' | 'responses.xlsx' | 'codebook.csv' | 'responses.sps' | 'responses.R';
interface Progress { kind: Kind; bytes: number; rows: number; total: number | null }

/**
 * Responses out: CSV, XLSX and the codebook. The file is read as a stream so a long export shows how far
 * it has come (rows counted in the CSV as they arrive; bytes for the zipped XLSX, against X-Total-Rows).
 */
export function ResponseExport({ programmeId, surveyId, mode }: Props) {
  const { t, i18n } = useTranslation();
  const [labels, setLabels] = useState(false);
  const [lang, setLang] = useState<string>(['nb', 'nn', 'en'].includes(i18n.language) ? i18n.language : 'nb');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);
  const k = (key: string, vars?: Record<string, string | number>) => t(`questionnaires.export.${key}`, vars);

  const download = async (kind: Kind) => {
    if (busy.current) return;
    busy.current = true;
    setDone(null);
    setFailed(false);
    try {
      const query = new URLSearchParams({ lang, ...(labels && (kind === 'responses.csv' || kind === 'responses.xlsx') ? { labels: '1' } : {}) });
      const res = await fetch(`/api/v1/programmes/${programmeId}/surveys/${surveyId}/${kind}?${query}`, { credentials: 'same-origin' });
      if (!res.ok || !res.body) throw new Error(String(res.status));
      const total = res.headers.get('X-Total-Rows');
      const state: Progress = { kind, bytes: 0, rows: 0, total: total === null ? null : Number(total) };
      setProgress({ ...state });
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      const reader = res.body.getReader();
      for (;;) {
        const { done: end, value } = await reader.read();
        if (end) break;
        chunks.push(value);
        state.bytes += value.byteLength;
        // CSV rows end in CRLF; quoted line breaks inside answers are rare enough for a progress bar.
        if (kind === 'responses.csv') for (const byte of value) if (byte === 10) state.rows += 1;
        setProgress({ ...state });
      }
      const name = /filename="([^"]+)"/.exec(res.headers.get('Content-Disposition') ?? '')?.[1] ?? kind;
      const url = URL.createObjectURL(new Blob(chunks, { type: res.headers.get('Content-Type') ?? 'application/octet-stream' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDone(k('done', { name, kb: Math.max(1, Math.round(state.bytes / 1024)) }));
    } catch {
      setFailed(true);
    } finally {
      busy.current = false;
      setProgress(null);
    }
  };

  const rowsDone = progress?.kind === 'responses.csv' ? Math.max(0, progress.rows - 1) : null;
  return (
    <Card data-color="neutral" className="section" data-testid="response-export">
      <Heading level={2} data-size="xs">{k('title')}</Heading>
      <Paragraph data-size="sm">{k('intro')} {k(mode === 'linked' ? 'linked' : 'anonymous')}</Paragraph>
      <div className="builder-grid">
        <Checkbox id={`export-${surveyId}-labels`} label={k('labels')} checked={labels} onChange={(e) => setLabels(e.target.checked)} />
        <SelectField id={`export-${surveyId}-lang`} label={k('language')} value={lang} onChange={setLang}>
          {(['nb', 'nn', 'en'] as const).map((l) => <option key={l} value={l}>{t(`questionnaires.builder.edit.languageNames.${l}`)}</option>)}
        </SelectField>
      </div>
      <div className="button-row">
        <Button type="button" onClick={() => download('responses.xlsx')} disabled={!!progress} data-testid="export-xlsx">{k('xlsx')}</Button>
        <Button type="button" variant="secondary" onClick={() => download('responses.csv')} disabled={!!progress} data-testid="export-csv">{k('csv')}</Button>
        <Button type="button" variant="secondary" onClick={() => download('codebook.csv')} disabled={!!progress} data-testid="export-codebook">{k('codebook')}</Button>
      </div>
      <Paragraph data-size="sm">{k('syntaxHint')}</Paragraph>
      <div className="button-row">
        <Button type="button" variant="tertiary" onClick={() => download('responses.sps')} disabled={!!progress} data-testid="export-spss">{k('spss')}</Button>
        <Button type="button" variant="tertiary" onClick={() => download('responses.R')} disabled={!!progress} data-testid="export-r">{k('rScript')}</Button>
      </div>
      {progress ? (
        <div className="section">
            <label htmlFor={`export-${surveyId}-progress`}>
              {rowsDone !== null && progress.total !== null ? k('progress', { rows: Math.min(rowsDone, progress.total), total: progress.total }) : k('progressBytes', { kb: Math.round(progress.bytes / 1024) })}
            </label>
            <progress id={`export-${surveyId}-progress`} className="export-progress" max={progress.total ?? undefined} value={rowsDone !== null && progress.total ? Math.min(rowsDone, progress.total) : undefined} />
        </div>
      ) : null}
      <div role="status">
        {done ? <Paragraph data-testid="export-done">{done}</Paragraph> : null}
      </div>
      {failed ? <Alert data-color="danger" role="alert"><Paragraph>{k('failed')}</Paragraph></Alert> : null}
    </Card>
  );
}
