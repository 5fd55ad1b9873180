import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Card, Field, Heading, Input, Label, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { StatusMessage } from '../../../components/StatusMessage.js';
import { ProblemAlert } from '../ProblemAlert.js';

/** Minutes written here or uploaded as .docx; both become a document in the analysis that can be coded. */
export function MinutesSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t } = useTranslation();
  const path = `/programmes/${programmeId}/activities/${detail.activity.id}/minutes`;
  const [text, setText] = useState(detail.minutes?.text ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<string | null>(null);
  const editable = detail.mayWrite && !archived;
  // An upload replaces the text: show what the server now holds.
  useEffect(() => setText(detail.minutes?.text ?? ''), [detail.minutes?.updatedAt]);
  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try { await action(); setStatus(t('activities.minutes.saved')); reload(); } catch (e) { setStatus(null); setError(e); }
  };
  const upload = () => run(async () => {
    const form = new FormData();
    form.append('file', file!);
    await api(`${path}/upload`, { method: 'POST', body: form });
    setFile(null);
  });
  return (
    <Card data-testid="minutes-section">
      <Heading level={2} data-size="xs">{t('activities.minutes.heading')}</Heading>
      <StatusMessage message={status} />
      <ProblemAlert error={error} />
      {detail.minutes ? (
        <Paragraph>
          {t(`activities.minutes.source.${detail.minutes.source}`)}
          {detail.minutes.documentId ? <> · <Link to={`/programmes/${programmeId}/analysis/documents/${detail.minutes.documentId}`}>{t('activities.minutes.openInAnalysis')}</Link></> : null}
        </Paragraph>
      ) : <Paragraph>{t('activities.minutes.none')}</Paragraph>}
      {editable ? (
        <>
          <Textfield id="minutes-text" multiline rows={8} label={t('activities.minutes.text')} value={text} onChange={(e) => setText(e.target.value)} />
          {detail.minutes ? <Paragraph data-size="sm">{t('activities.minutes.replaceNote')}</Paragraph> : null}
          <div className="inline-form">
            <Button disabled={!text.trim()} onClick={() => run(() => api(path, { method: 'PUT', body: { text } }))}>{t('activities.minutes.save')}</Button>
          </div>
          <div className="inline-form">
            <Field>
              <Label htmlFor="minutes-file">{t('activities.minutes.upload')}</Label>
              <Input id="minutes-file" type="file" accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            </Field>
            <Button variant="secondary" disabled={!file} onClick={upload}>{t('activities.minutes.uploadButton')}</Button>
          </div>
        </>
      ) : detail.minutes ? <div className="minutes-text">{detail.minutes.text}</div> : null}
    </Card>
  );
}
