import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Label, Paragraph, Tag, Textarea } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { RichText } from '../../components/RichText.js';
import { formatDateTime } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import { DocumentHistory } from '../codesign/DocumentHistory.js';
import { DocumentReview } from '../codesign/DocumentReview.js';
import type { AuthoredDocument } from '../codesign/course-types.js';
import { GeneratedPart } from './GeneratedPart.js';
import { QuotePicker } from './QuotePicker.js';
import type { PreviewBlock, ReportSectionRow } from './report-types.js';

const statusColor = { draft: 'neutral', in_review: 'warning', approved: 'success' } as const;

/**
 * One section of the report: its text (the one versioned document — lock, versions, comments,
 * suggestions, status, history, the same components as the course materials), with the generated
 * parts shown where their `{{generated:…}}` lines stand, and quote picking for a findings section.
 */
export function ReportSectionEditor({ programmeId, section, parts, editable, run, onChanged }: {
  programmeId: string; section: ReportSectionRow; parts: Record<string, PreviewBlock[]> | undefined; editable: boolean;
  run(action: () => Promise<unknown>, then?: () => void): Promise<void>; onChanged(): void;
}) {
  const { t, i18n } = useTranslation();
  const base = `/programmes/${programmeId}/authored-documents/${section.documentId}`;
  const resource = useApi<AuthoredDocument>(base);
  const [draft, setDraft] = useState<{ body: string; baseNumber: number } | null>(null);
  const doc = resource.data;
  if (!doc) return <LoadState error={resource.error} />;
  const latest = doc.versions[0];
  const apply = (next: AuthoredDocument) => resource.setData(() => next);
  const imageUrl = (id: string) => `/api/v1${base}/images/${id}`;
  const mayWrite = editable && doc.may.write;
  const generated = (key: string) => (parts?.[key]
    ? <section className="generated" aria-label={t('reportDoc.ui.generatedPart')} data-testid={`generated-${key.split(':')[0]}`}><GeneratedPart blocks={parts[key]} headingBase={4} /></section>
    : <Paragraph data-size="sm" className="generated"><em>{t('reportDoc.ui.notGenerated')}</em></Paragraph>);

  const startEditing = () => run(async () => {
    const next = await api<AuthoredDocument>(`${base}/lock`, { method: 'POST' });
    apply(next);
    setDraft({ body: next.versions[0]?.body ?? '', baseNumber: next.versions[0]?.number ?? 0 });
  }, () => {});
  const save = () => run(async () => {
    if (!draft) return;
    const next = await api<AuthoredDocument>(`${base}/versions`, { method: 'POST', body: { body: draft.body, baseNumber: draft.baseNumber } });
    apply(next);
    await api(`${base}/lock`, { method: 'DELETE' });
    setDraft(null);
    resource.reload();
  }, onChanged);
  const stop = () => run(async () => { await api(`${base}/lock`, { method: 'DELETE' }); setDraft(null); resource.reload(); }, () => {});

  return (
    <div className="report-section-editor" data-testid="report-section-editor">
      <Paragraph data-size="sm">
        <Tag data-color={statusColor[doc.status]}>{t(`documents.status.${doc.status}`)}</Tag>{' '}
        {latest ? t('reportDoc.ui.version', { number: latest.number }) : null}
        {doc.lock.heldBy && !doc.lock.mine ? ` · ${t('documents.editor.lockOther', { name: doc.lock.heldBy.name, since: formatDateTime(doc.lock.since ?? '', i18n.language), until: formatDateTime(doc.lock.expiresAt ?? '', i18n.language) })}` : null}
      </Paragraph>
      {draft && doc.lock.mine ? (
        <Card className="form-card">
          <Label htmlFor={`section-body-${section.id}`}>{t('documents.editor.text')}</Label>
          <Paragraph data-size="sm" id={`section-body-help-${section.id}`}>{t('documents.editor.textHelp')}</Paragraph>
          <Textarea id={`section-body-${section.id}`} rows={14} aria-describedby={`section-body-help-${section.id}`} value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
          <div className="button-row">
            <Button onClick={save}>{t('documents.editor.save')}</Button>
            <Button variant="secondary" onClick={stop}>{t('documents.editor.stopEditing')}</Button>
          </div>
        </Card>
      ) : (
        <>
          <div className="document-page" data-testid="section-text"><RichText body={latest?.body ?? ''} headingBase={3} imageUrl={imageUrl} generated={generated} /></div>
          {mayWrite && (!doc.lock.heldBy || doc.lock.mine) ? <div className="button-row"><Button variant="secondary" onClick={startEditing}>{t('reportDoc.ui.edit')}</Button></div> : null}
        </>
      )}
      {section.kind === 'findings' ? <QuotePicker programmeId={programmeId} sectionId={section.id} editable={editable} run={run} onChange={onChanged} /> : null}
      <DocumentReview doc={doc} version={latest} editable={editable && !draft} onChange={apply} run={run} base={base} />
      <DocumentHistory doc={doc} fileUrl={(id) => `/api/v1${base}/versions/${id}/file`} />
    </div>
  );
}
