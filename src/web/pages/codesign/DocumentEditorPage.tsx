import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Card, Heading, Label, Paragraph, Tag, Textarea, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { RichText } from '../../components/RichText.js';
import { SelectField } from '../../components/SelectField.js';
import { formatDateTime } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import '../../course.css';
import { useProgramme } from '../../hooks/useProgramme.js';
import { ProblemAlert } from '../activities/ProblemAlert.js';
import { useSectionAction } from '../activities/sections/useSectionAction.js';
import type { AuthoredDocument } from './course-types.js';
import { DocumentHistory } from './DocumentHistory.js';
import { DocumentReview } from './DocumentReview.js';

const statusColor = { draft: 'neutral', in_review: 'warning', approved: 'success' } as const;

/**
 * One versioned document (a course material or the values document): the lock (one editor at a time),
 * writing a new version with images, uploads, the status, comments and suggestions, and the history.
 */
export function DocumentEditorPage() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const { authoredDocumentId } = useParams();
  const base = `/programmes/${programme.id}/authored-documents/${authoredDocumentId}`;
  const resource = useApi<AuthoredDocument>(base);
  const doc = resource.data;
  const { error, run } = useSectionAction();
  const [shown, setShown] = useState<string>('');
  const [draft, setDraft] = useState<{ body: string; baseNumber: number; label: string; note: string } | null>(null);
  const [message, setMessage] = useState('');
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [altText, setAltText] = useState('');

  useEffect(() => {
    if (doc && !doc.lock.mine) setDraft(null);
  }, [doc]);
  if (!doc) return <LoadState error={resource.error} />;

  const latest = doc.versions[0];
  const version = doc.versions.find((v) => v.id === shown) ?? latest;
  const apply = (next: AuthoredDocument) => resource.setData(() => next);
  const act = (path: string, body?: unknown, method: 'POST' | 'DELETE' = 'POST') => run(async () => {
    if (method === 'DELETE') { await api(`${base}${path}`, { method }); resource.reload(); return; }
    apply(await api<AuthoredDocument>(`${base}${path}`, { method, body }));
  }, () => {});
  const editable = doc.may.write && !archived;
  const time = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '');
  const imageUrl = (id: string) => `/api/v1${base}/images/${id}`;

  const startEditing = () => run(async () => {
    const next = await api<AuthoredDocument>(`${base}/lock`, { method: 'POST' });
    apply(next);
    setDraft({ body: next.versions[0]?.body ?? '', baseNumber: next.versions[0]?.number ?? 0, label: '', note: '' });
    setMessage('');
  }, () => {});
  const save = () => run(async () => {
    if (!draft) return;
    const next = await api<AuthoredDocument>(`${base}/versions`, { method: 'POST', body: { body: draft.body, baseNumber: draft.baseNumber, label: draft.label || undefined, note: draft.note || undefined } });
    apply(next);
    setDraft({ body: next.versions[0].body, baseNumber: next.versions[0].number, label: '', note: '' });
    setShown('');
    setMessage(t('documents.editor.saved', { number: next.versions[0].number }));
  }, () => {});
  const insertImage = (file: File | undefined) => file && draft && run(async () => {
    const form = new FormData();
    form.append('file', file);
    const { id } = await api<{ id: string }>(`${base}/images`, { method: 'POST', body: form });
    const line = `\n\n![${altText.replace(/[\]\n]/g, ' ').trim() || file.name}](image:${id})\n`;
    setDraft((d) => (d ? { ...d, body: d.body + line } : d));
    setAltText('');
  }, () => {});
  const upload = (form: HTMLFormElement) => run(async () => {
    const next = await api<AuthoredDocument>(`${base}/uploads`, { method: 'POST', body: new FormData(form) });
    apply(next);
    form.reset();
    setMessage(t('documents.editor.uploaded', { number: next.versions[0].number }));
  }, () => {});

  const lockText = !doc.lock.heldBy ? t('documents.editor.lockFree')
    : doc.lock.mine ? t('documents.editor.lockMine', { until: time(doc.lock.expiresAt) })
    : t('documents.editor.lockOther', { name: doc.lock.heldBy.name, since: time(doc.lock.since), until: time(doc.lock.expiresAt) });

  return (
    <section className="document-editor course-page" aria-labelledby="document-title">
      <Paragraph><Link to={`/programmes/${programme.id}/codesign/course`}>{t('documents.editor.back')}</Link></Paragraph>
      <Heading level={2} data-size="md" id="document-title">{doc.title}</Heading>
      <Paragraph>
        <Tag data-color={statusColor[doc.status]} data-testid="document-status">{t(`documents.status.${doc.status}`)}</Tag>{' '}
        {t(`documents.form.${doc.form}`)} · {latest ? t('documents.editor.current', { number: latest.number }) : t('documents.editor.noVersion')}
      </Paragraph>
      <ProblemAlert error={error} />
      {message ? <Alert data-color="success" role="status"><Paragraph>{message}</Paragraph></Alert> : null}
      <StatusActions doc={doc} editable={!archived} onMove={(status) => act('/status', { status })} />

      {doc.form === 'written' ? (
        <Card data-testid="document-lock">
          <Paragraph>{lockText}</Paragraph>
          <div className="button-row">
            {editable && !doc.lock.mine && !doc.lock.heldBy ? <Button onClick={startEditing}>{t('documents.editor.startEditing')}</Button> : null}
            {editable && doc.lock.mine && !draft ? <Button onClick={startEditing}>{t('documents.editor.startEditing')}</Button> : null}
            {doc.lock.mine ? <Button variant="secondary" onClick={() => { setDraft(null); act('/lock', undefined, 'DELETE'); }}>{t('documents.editor.stopEditing')}</Button> : null}
            {doc.may.takeOver && !archived && doc.lock.heldBy && !doc.lock.mine ? <Button variant="secondary" onClick={() => act('/lock/take-over')}>{t('documents.editor.takeOver')}</Button> : null}
          </div>
        </Card>
      ) : null}

      {draft && doc.lock.mine ? (
        <Card className="form-card">
          <Label htmlFor="document-body">{t('documents.editor.text')}</Label>
          <Paragraph data-size="sm" id="document-body-help">{t('documents.editor.textHelp')}</Paragraph>
          <Textarea id="document-body" ref={bodyRef} rows={16} aria-describedby="document-body-help" value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          <div className="inline-form">
            <Textfield id="document-image-alt" label={t('documents.editor.imageAlt')} description={t('documents.editor.imageAltHelp')} value={altText} onChange={(e) => setAltText(e.target.value)} />
            <div>
              <Label htmlFor="document-image">{t('documents.editor.addImage')}</Label>
              <input id="document-image" type="file" accept="image/png,image/jpeg" onChange={(e) => insertImage(e.target.files?.[0])} />
            </div>
          </div>
          <Textfield id="document-label" label={t('documents.editor.label')} description={t('documents.editor.labelHelp')} value={draft.label} onChange={(e) => setDraft({ ...draft, label: e.target.value })} />
          <Label htmlFor="document-note">{t('documents.editor.note')}</Label>
          <Paragraph data-size="sm" id="document-note-help">{t('documents.editor.noteHelp')}</Paragraph>
          <Textarea id="document-note" rows={3} aria-describedby="document-note-help" value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
          <div className="button-row"><Button onClick={save}>{t('documents.editor.save')}</Button></div>
          <Heading level={3} data-size="xs">{t('documents.editor.preview')}</Heading>
          <div className="document-page"><RichText body={draft.body} headingBase={3} imageUrl={imageUrl} /></div>
        </Card>
      ) : null}

      {doc.form === 'written' && version && !(draft && doc.lock.mine) ? (
        <Card data-testid="document-view">
          {doc.versions.length > 1 ? (
            <SelectField id="document-version" label={t('documents.editor.showVersion')} value={version.id} onChange={setShown}>
              {doc.versions.map((v) => <option key={v.id} value={v.id}>{`${v.number}${v.label ? ` – ${v.label}` : ''}`}</option>)}
            </SelectField>
          ) : null}
          <Paragraph data-size="sm">{t('documents.editor.viewing', { number: version.number })}{version.label ? ` – ${version.label}` : ''}</Paragraph>
          {version.note ? <Paragraph data-size="sm"><em>{version.note}</em></Paragraph> : null}
          <div className="document-page" data-testid="document-text"><RichText body={version.body} headingBase={2} imageUrl={imageUrl} /></div>
        </Card>
      ) : null}

      {doc.form === 'upload' && editable ? (
        <Card className="form-card">
          <form onSubmit={(e) => { e.preventDefault(); upload(e.currentTarget); }}>
            <Label htmlFor="document-file">{t('documents.editor.file')}</Label>
            <input id="document-file" name="file" type="file" required accept=".docx,.pptx,.pdf" />
            <Textfield id="upload-label" name="label" label={t('documents.editor.label')} description={t('documents.editor.labelHelp')} />
            <Label htmlFor="upload-note">{t('documents.editor.note')}</Label>
            <Textarea id="upload-note" name="note" rows={3} />
            <div className="button-row"><Button type="submit">{t('documents.editor.upload')}</Button></div>
          </form>
        </Card>
      ) : null}

      <DocumentReview doc={doc} version={version} editable={editable} onChange={apply} run={run} base={base} />
      <DocumentHistory doc={doc} fileUrl={(id) => `/api/v1${base}/versions/${id}/file`} />
    </section>
  );
}

function StatusActions({ doc, editable, onMove }: { doc: AuthoredDocument; editable: boolean; onMove(status: string): void }) {
  const { t } = useTranslation();
  if (!editable || !doc.versions.length) return null;
  const buttons: { to: string; label: string; variant: 'primary' | 'secondary' }[] = [];
  if (doc.status === 'draft' && doc.may.write) buttons.push({ to: 'in_review', label: t('documents.review.sendToReview'), variant: 'primary' });
  if (doc.status === 'in_review' && doc.may.decide) buttons.push({ to: 'approved', label: t('documents.review.approve'), variant: 'primary' }, { to: 'draft', label: t('documents.review.backToDraft'), variant: 'secondary' });
  if (doc.status === 'approved' && doc.may.decide) buttons.push({ to: 'draft', label: t('documents.review.backToDraft'), variant: 'secondary' });
  if (!buttons.length) return null;
  return <div className="button-row">{buttons.map((b) => <Button key={b.to} variant={b.variant} onClick={() => onMove(b.to)}>{b.label}</Button>)}</div>;
}
