import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Checkbox, Field, Fieldset, Heading, Label, Paragraph, Radio, Spinner, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { documentKinds, type DocumentKind, type ImportResult } from '../../analysis-types.js';
import { useApi } from '../../hooks/useApi.js';
import { activityTypes, type Participant } from '../../people-types.js';
import type { Municipality } from '../../types.js';
import { SelectField } from '../SelectField.js';

interface Props {
  base: string;
  programmeBase: string;
  municipalities: Municipality[];
  onImported(): void;
}

/** Upload a transcript (.docx, .txt, .vtt, .srt) or paste text, with kind, title, municipality, activity and the people present. */
export function DocumentImportForm({ base, programmeBase, municipalities, onImported }: Props) {
  const { t } = useTranslation();
  const file = useRef<HTMLInputElement>(null);
  const [mode, setMode] = useState<'file' | 'paste'>('file');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>('interview_transcript');
  const [municipalityId, setMunicipalityId] = useState('');
  const [activityType, setActivityType] = useState('');
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const people = useApi<Participant[]>(municipalityId ? `${programmeBase}/participants?municipalityId=${municipalityId}` : null);

  const toggle = (id: string) => setPresent((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setResult(null);
    const meta = { kind, ...(municipalityId ? { municipalityId } : {}), ...(activityType ? { activityType } : {}), ...(present.size ? { participantIds: [...present] } : {}) };
    let body: FormData | object;
    if (mode === 'file') {
      const chosen = file.current?.files?.[0];
      if (!chosen) return setError(t('analysis.noFile'));
      const form = new FormData();
      form.append('file', chosen, chosen.name);
      form.append('title', title.trim() || chosen.name.replace(/\.[^.]+$/, ''));
      for (const [key, value] of Object.entries(meta)) form.append(key, Array.isArray(value) ? value.join(',') : value);
      body = form;
    } else {
      body = { ...meta, title: title.trim(), text };
    }
    setBusy(true);
    try {
      const created = await api<ImportResult>(`${base}/documents${mode === 'file' ? '/upload' : ''}`, { method: 'POST', body });
      setResult(created);
      setTitle('');
      setText('');
      if (file.current) file.current.value = '';
      onImported();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card className="form-card" data-testid="document-import">
      <Heading level={2} data-size="xs">{t('analysis.import.title')}</Heading>
      <form onSubmit={submit} className="form-grid">
        <Fieldset>
          <Fieldset.Legend>{t('analysis.import.mode')}</Fieldset.Legend>
          <Radio label={t('analysis.import.modeFile')} name="import-mode" value="file" checked={mode === 'file'} onChange={() => setMode('file')} />
          <Radio label={t('analysis.import.modePaste')} name="import-mode" value="paste" checked={mode === 'paste'} onChange={() => setMode('paste')} />
        </Fieldset>
        {mode === 'file' ? (
          <Field>
            <Label htmlFor="document-file">{t('analysis.import.file')}</Label>
            <input id="document-file" ref={file} type="file" accept=".docx,.txt,.vtt,.srt" />
          </Field>
        ) : null}
        <Textfield id="document-title" label={mode === 'file' ? `${t('analysis.import.docTitle')} ${t('common.optional')}` : t('analysis.import.docTitle')} value={title} onChange={(e) => setTitle(e.target.value)} required={mode === 'paste'} />
        <SelectField id="document-kind" label={t('analysis.import.kind')} value={kind} onChange={(v) => setKind(v as DocumentKind)}>
          {documentKinds.map((k) => <option key={k} value={k}>{t(`analysis.kinds.${k}`)}</option>)}
        </SelectField>
        <SelectField id="document-municipality" label={t('analysis.import.municipality')} value={municipalityId} onChange={(v) => { setMunicipalityId(v); setPresent(new Set()); }}>
          <option value="">{t('common.none')}</option>
          {municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <SelectField id="document-activity" label={t('analysis.import.activity')} value={activityType} onChange={setActivityType}>
          <option value="">{t('common.none')}</option>
          {activityTypes.map((a) => <option key={a} value={a}>{t(`recruitment.activityTypes.${a}`)}</option>)}
        </SelectField>
        {municipalityId && people.data?.length ? (
          <Fieldset>
            <Fieldset.Legend>{t('analysis.import.present')}</Fieldset.Legend>
            <div className="present-grid">
              {people.data.map((p) => (
                <Checkbox key={p.id} label={`${p.code}${p.name ? ` – ${p.name}` : ''}`} checked={present.has(p.id)} onChange={() => toggle(p.id)} />
              ))}
            </div>
          </Fieldset>
        ) : null}
        {mode === 'paste' ? (
          <div>
            <Label htmlFor="document-text">{t('analysis.import.text')}</Label>
            <textarea id="document-text" className="ds-input memo-input" rows={10} value={text} onChange={(e) => setText(e.target.value)} required aria-describedby="document-text-help" />
            <p id="document-text-help" className="muted">{t('analysis.import.textHelp')}</p>
          </div>
        ) : null}
        <Button type="submit" disabled={busy}>{t('analysis.import.submit')}</Button>
      </form>
      <div role="status" className="status-region">
        {busy ? <Paragraph><Spinner aria-hidden data-size="sm" /> {t('analysis.import.busy')}</Paragraph> : null}
        {result ? (
          <Alert data-color="success" data-testid="import-result">
            <Paragraph>{t('analysis.import.done', { title: result.title, count: result.replaced })} {result.suggestions ? t('analysis.import.suggestions', { count: result.suggestions }) : ''}</Paragraph>
            <Paragraph><Link to={`${base}/documents/${result.id}`}>{t('analysis.import.open', { title: result.title })}</Link></Paragraph>
          </Alert>
        ) : null}
      </div>
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
    </Card>
  );
}
