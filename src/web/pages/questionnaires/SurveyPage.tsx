import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { InstrumentTabs } from '../../components/questionnaires/InstrumentTabs.js';
import { ResponseExport } from '../../components/questionnaires/ResponseExport.js';
import { SurveyDistribute } from '../../components/questionnaires/SurveyDistribute.js';
import { SurveyProgressCard, SurveyResults } from '../../components/questionnaires/SurveyResults.js';
import { useInstruments } from '../../components/questionnaires/useInstruments.js';
import type { Survey, SurveyProgress } from '../../components/questionnaires/survey-types.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { locale } from '../../i18n.js';
import '../../people.css';
import '../../questionnaires.css';

/** One survey: open or close it, hand it out (e-mail, public link, QR), follow progress, see pairing and reliability. */
export function SurveyPage() {
  const { t, i18n } = useTranslation();
  const { surveyId } = useParams();
  const { api: base, app, crumbs, canBuild, mayExport, text } = useInstruments();
  const path = `${base}/surveys/${surveyId}`;
  const survey = useApi<Survey>(path);
  const progress = useApi<SurveyProgress>(`${path}/progress`);
  const reload = () => {
    survey.reload();
    progress.reload();
  };
  const setStatus = (action: 'open' | 'close') => async () => {
    await api(`${path}/${action}`, { method: 'POST' });
    reload();
  };
  const open = useFormSubmit(setStatus('open'));
  const close = useFormSubmit(setStatus('close'));
  const surveysCrumb = { label: t('questionnaires.surveys.title'), to: `${app}/surveys` };
  if (!survey.data) return <div className="page"><PageHeader title={t('questionnaires.surveys.title')} crumbs={[...crumbs, surveysCrumb]} /><LoadState error={survey.error} /></div>;
  const s = survey.data;
  const title = text(s.title);
  const deadline = s.closesAt ? new Intl.DateTimeFormat(locale(i18n.language), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(s.closesAt)) : t('questionnaires.surveys.detail.noDeadline');
  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...crumbs, surveysCrumb, { label: title, to: `${app}/surveys/${s.id}` }]} />
      <InstrumentTabs />
      <Paragraph data-testid="survey-facts">
        <Tag data-color={s.status === 'open' ? 'success' : 'neutral'}>{t(`questionnaires.surveys.status.${s.status}`)}</Tag>{' '}
        {t(`questionnaires.surveys.wave.${s.wave}`)} · {t(`questionnaires.surveys.mode.${s.mode}`)} · {t(`questionnaires.surveys.display.${s.display}`)} · {t('questionnaires.surveys.detail.window')}: {deadline}
      </Paragraph>
      {s.waveGroupId ? <Paragraph data-size="sm">{t('questionnaires.surveys.detail.pairOf')}</Paragraph> : null}
      <FormErrors error={open.error ?? close.error} formId="survey-status" labels={{}} />
      {canBuild ? (
        <div className="button-row">
          {s.status !== 'open' ? <Button onClick={() => void open.submit()} loading={open.busy} data-testid="survey-open">{t('questionnaires.surveys.detail.open')}</Button> : null}
          {s.status === 'open' ? <Button variant="secondary" onClick={() => void close.submit()} loading={close.busy} data-testid="survey-close">{t('questionnaires.surveys.detail.close')}</Button> : null}
        </div>
      ) : null}
      <SurveyProgressCard progress={progress.data} />
      {s.status !== 'closed' ? <SurveyDistribute survey={s} onChange={reload} /> : null}
      {mayExport ? <SurveyResults survey={s} /> : null}
      {mayExport ? <ResponseExport programmeId={s.programmeId} surveyId={s.id} mode={s.mode} /> : null}
    </div>
  );
}
