import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { ProblemAlert } from '../activities/ProblemAlert.js';
import { useSectionAction } from '../activities/sections/useSectionAction.js';
import '../../course.css';
import './report.css';
import { ReportExports } from './ReportExports.js';
import { ReportSectionEditor } from './ReportSectionEditor.js';
import type { ReportPreview, ReportView } from './report-types.js';

const statusColor = { draft: 'neutral', in_review: 'warning', approved: 'success' } as const;

/**
 * The report editor (issue 14 §3–4): the report's language, its sections in seed 004's order (each
 * opened to write, comment and suggest, with its generated parts shown in place), regenerating the
 * generated parts from live data, the lists of tables and figures, and the Word and PDF exports.
 */
export function ReportTab() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}/report`;
  const report = useApi<ReportView>(base);
  const [preview, setPreview] = useState<ReportPreview | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [language, setLanguage] = useState<string>('');
  const [message, setMessage] = useState('');
  const { error, run } = useSectionAction();
  const data = report.data;
  if (!data) return <LoadState error={report.error} />;
  const editable = !archived;

  const regenerate = (announce = true) => run(async () => {
    setPreview(await api<ReportPreview>(`${base}/preview`));
    if (announce) setMessage(t('reportDoc.ui.regenerated'));
  }, () => {});
  const sync = (lang?: string) => run(async () => {
    const next = await api<ReportView>(base, { method: 'POST', body: lang ? { language: lang } : {} });
    report.setData(() => next);
    setMessage(t('reportDoc.ui.synced'));
  }, () => {});
  const chosenLanguage = language || data.language || 'nb';

  return (
    <section aria-labelledby="report-heading" className="report-editor course-page">
      <Heading level={2} data-size="sm" id="report-heading">{t('reportDoc.ui.heading')}</Heading>
      <Paragraph>{t('reportDoc.ui.intro')}</Paragraph>
      <ProblemAlert error={error} />
      {message ? <Alert data-color="success" role="status"><Paragraph>{message}</Paragraph></Alert> : null}
      <Card>
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); sync(chosenLanguage); }}>
          <SelectField id="report-language" label={t('reportDoc.ui.language')} value={chosenLanguage} onChange={setLanguage}>
            <option value="nb">{t('lang.nb')}</option>
            <option value="nn">{t('lang.nn')}</option>
            <option value="en">{t('lang.en')}</option>
          </SelectField>
          {editable ? <Button type="submit">{data.exists ? t('reportDoc.ui.sync') : t('reportDoc.ui.create')}</Button> : null}
        </form>
      </Card>
      {data.exists ? (
        <>
          <div className="button-row"><Button variant="secondary" onClick={() => regenerate()}>{t('reportDoc.ui.regenerate')}</Button></div>
          <ReportExports programmeId={programme.id} initial={data.exports} run={run} />
          <Heading level={3} data-size="xs">{t('reportDoc.ui.sectionsHeading')}</Heading>
          <ol className="report-sections" data-testid="report-sections">
            {data.sections.map((s) => (
              <li key={s.id}>
                <Card>
                  <Heading level={3} data-size="xs">
                    <button type="button" className="section-toggle" aria-expanded={open === s.id} onClick={() => { setOpen(open === s.id ? null : s.id); if (!preview) regenerate(false); }}>{s.title}</button>
                  </Heading>
                  <Paragraph data-size="sm"><Tag data-color={statusColor[s.status]}>{t(`documents.status.${s.status}`)}</Tag> {t('reportDoc.ui.version', { number: s.version })}</Paragraph>
                  {open === s.id ? (
                    <ReportSectionEditor programmeId={programme.id} section={s} parts={preview?.sections.find((x) => x.id === s.id)?.parts} editable={editable} run={run}
                      onChanged={() => { report.reload(); regenerate(false); }} />
                  ) : null}
                </Card>
              </li>
            ))}
          </ol>
          {preview ? (
            <Card data-testid="report-lists">
              <Heading level={3} data-size="xs">{t('reportDoc.ui.listsHeading')}</Heading>
              <Paragraph data-size="sm"><strong>{t('reportDoc.ui.tables')}</strong></Paragraph>
              <ul>{preview.tables.map((x) => <li key={x.number}>{`${t('documents.word.table')} ${x.number}. ${x.title}`}</li>)}</ul>
              <Paragraph data-size="sm"><strong>{t('reportDoc.ui.figures')}</strong></Paragraph>
              <ul>{preview.figures.map((x) => <li key={x.number}>{`${t('documents.word.figure')} ${x.number}. ${x.title}`}</li>)}</ul>
            </Card>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
