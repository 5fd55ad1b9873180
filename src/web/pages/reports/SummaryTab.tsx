import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Label, Paragraph, Tag, Textarea } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { LoadState } from '../../components/LoadState.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { ProblemAlert } from '../activities/ProblemAlert.js';
import { useSectionAction } from '../activities/sections/useSectionAction.js';
import type { SummaryView } from './report-types.js';
import './report.css';

const languages = ['nb', 'nn', 'en'] as const;

/**
 * The public plain-language summary for the people who took part (issue 14 §5): its text in three
 * languages, the key figures the page adds, publish/unpublish, and the public link with its QR code.
 */
export function SummaryTab() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}/report/summary`;
  const summary = useApi<SummaryView>(base);
  const [text, setText] = useState({ nb: '', nn: '', en: '' });
  const [message, setMessage] = useState('');
  const { error, run } = useSectionAction(summary.reload);
  useEffect(() => { if (summary.data) setText(summary.data.text); }, [summary.data]);
  const data = summary.data;
  if (!data) return <LoadState error={summary.error} />;
  const f = data.figures;
  const count = (c: { value: number | null; suppressed: boolean }) => (c.suppressed || c.value === null ? `<${f.threshold}` : String(c.value));

  return (
    <section aria-labelledby="summary-heading" className="report-summary report-editor">
      <Heading level={2} data-size="sm" id="summary-heading">{t('reportDoc.ui.summaryHeading')}</Heading>
      <Paragraph>{t('reportDoc.ui.summaryIntro')}</Paragraph>
      <ProblemAlert error={error} />
      {message ? <Alert data-color="success" role="status"><Paragraph>{message}</Paragraph></Alert> : null}
      <Card>
        <Paragraph><Tag data-color={data.published ? 'success' : 'neutral'} data-testid="summary-status">{data.published ? t('reportDoc.ui.published') : t('reportDoc.ui.notPublished')}</Tag></Paragraph>
        <form onSubmit={(e) => { e.preventDefault(); run(async () => { await api(base, { method: 'PUT', body: text }); setMessage(t('reportDoc.ui.summarySaved')); }); }}>
          {languages.map((l) => (
            <div key={l} className="field">
              <Label htmlFor={`summary-${l}`}>{t('reportDoc.ui.summaryText', { language: t(`lang.${l}`) })}</Label>
              <Textarea id={`summary-${l}`} rows={6} value={text[l]} disabled={archived} onChange={(e) => setText({ ...text, [l]: e.target.value })} />
            </div>
          ))}
          {!archived ? (
            <div className="button-row">
              <Button type="submit">{t('reportDoc.ui.saveSummary')}</Button>
              <Button type="button" variant="secondary" onClick={() => run(() => api(`${base}/publication`, { method: 'POST', body: { published: !data.published } }))}>
                {data.published ? t('reportDoc.ui.unpublish') : t('reportDoc.ui.publish')}
              </Button>
            </div>
          ) : null}
        </form>
      </Card>
      {data.url ? (
        <Card>
          <Heading level={3} data-size="xs">{t('reportDoc.ui.publicLink')}</Heading>
          <Paragraph><a href={data.url} data-testid="summary-link">{data.url}</a></Paragraph>
          <img src={`/api/v1${base}/qr.svg`} alt={t('reportDoc.ui.qrAlt')} width={180} height={180} />
        </Card>
      ) : null}
      <Card>
        <Heading level={3} data-size="xs">{t('reportDoc.ui.figuresHeading')}</Heading>
        <ul>
          <li>{t('reportDoc.public.municipalities')}: {f.municipalities}</li>
          <li>{t('reportDoc.public.activitiesHeld')}: {f.activitiesHeld}</li>
          <li>{t('reportDoc.public.documents')}: {f.documents}</li>
          {f.participants.map((p) => <li key={p.role}>{t(`reportDoc.public.roles.${p.role}`)}: {count(p.count)}</li>)}
        </ul>
      </Card>
    </section>
  );
}
