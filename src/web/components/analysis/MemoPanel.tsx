import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { Memo } from '../../analysis-types.js';
import { useApi } from '../../hooks/useApi.js';
import { SelectField } from '../SelectField.js';

interface Props {
  base: string;
  kind: 'document' | 'person_summary' | 'programme';
  targetId: string;
  canWrite: boolean;
  title: string;
  /** For person summaries: the speakers to choose the subject from. */
  subjects?: string[];
}

/** Memos on a document or on the programme's analysis as a whole, or the 2–5 sentence summary per person (subject = the speaker). */
export function MemoPanel({ base, kind, targetId, canWrite, title, subjects }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const memos = useApi<Memo[]>(`${base}/memos?targetKind=${kind}&targetId=${targetId}`);
  const [text, setText] = useState('');
  const [subject, setSubject] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await api(`${base}/memos`, { method: 'POST', body: { targetKind: kind, targetId, text, ...(subjects ? { subject: subject || null } : {}) } });
      setText('');
      setStatus(t('analysis.memos.saved'));
      memos.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = async (memo: Memo) => {
    await api(`${base}/memos/${memo.id}`, { method: 'DELETE' }).catch((e: Error) => setError(e.message));
    setStatus(t('analysis.memos.deleted'));
    memos.reload();
  };

  return (
    <Card className="memo-panel">
      <Heading level={2} data-size="xs" id={`${id}-h`}>{title}</Heading>
      {(memos.data ?? []).length === 0 ? <Paragraph data-size="sm" className="muted">{t('analysis.memos.empty')}</Paragraph> : (
        <ul className="memo-list" aria-labelledby={`${id}-h`}>
          {memos.data!.map((m) => (
            <li key={m.id}>
              {m.subject ? <strong>{m.subject}: </strong> : null}
              <span className="memo-text">{m.text}</span>
              {canWrite ? <Button variant="tertiary" data-size="sm" onClick={() => remove(m)}>{t('common.delete')}<span className="ds-sr-only"> {m.subject ?? ''}</span></Button> : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form onSubmit={add} className="form-grid">
          {subjects ? (
            <SelectField id={`${id}-subject`} label={t('analysis.memos.subject')} value={subject} onChange={setSubject}>
              <option value="">{t('common.choose')}</option>
              {subjects.map((s) => <option key={s} value={s}>{s}</option>)}
            </SelectField>
          ) : null}
          <div>
            <Label htmlFor={`${id}-text`}>{kind === 'person_summary' ? t('analysis.memos.summaryText') : t('analysis.memos.text')}</Label>
            <textarea id={`${id}-text`} className="ds-input memo-input" rows={3} value={text} onChange={(e) => setText(e.target.value)} required />
          </div>
          {error ? <Paragraph role="alert" className="error-text">{error}</Paragraph> : null}
          <Button type="submit" variant="secondary" disabled={!text.trim()}>{t('analysis.memos.add')}</Button>
        </form>
      ) : null}
      <div role="status" className="status-region">{status}</div>
    </Card>
  );
}
