import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadState } from '../../components/LoadState.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { formatDateTime } from '../../format.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { QuestionForm } from './QuestionForm.js';
import type { PlanDto, QuestionDto } from './types.js';

/** The evaluation plan: questions with their data sources, analyses, status and history (issue 14 §2). */
export function EvaluationPlanPage() {
  const { t, i18n } = useTranslation();
  const { programme, archived } = useProgramme();
  const plan = useApi<PlanDto>(`/programmes/${programme.id}/reports/plan`);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<QuestionDto | null>(null);
  const p = (k: string, vars?: Record<string, unknown>) => t(`reports.plan.${k}`, vars);
  const done = (message: string) => { setStatus(message); setEditing(null); plan.reload(); };
  const useTemplate = async () => {
    setFailure(null);
    try {
      await api(`/programmes/${programme.id}/reports/plan/template`, { method: 'POST', body: { language: i18n.language } });
      done(p('templateAdded'));
    } catch (err) {
      setFailure(err instanceof ApiError ? err.detail : t('errors.internal'));
    }
  };
  if (!plan.data) return <LoadState error={plan.error} />;
  const mayEdit = plan.data.mayEdit && !archived;
  return (
    <section aria-labelledby="plan-heading" data-testid="evaluation-plan">
      <Heading level={2} data-size="xs" id="plan-heading">{p('heading')}</Heading>
      <Paragraph>{p('intro')}</Paragraph>
      <StatusMessage message={status} />
      {failure ? <Alert data-color="danger" role="alert"><Paragraph>{failure}</Paragraph></Alert> : null}
      {!plan.data.mayEdit ? <Paragraph data-size="sm">{p('readOnly')}</Paragraph> : null}
      {plan.data.questions.length === 0 ? (
        <>
          <Paragraph>{p('empty')}</Paragraph>
          {mayEdit ? <Button variant="secondary" onClick={() => void useTemplate()} data-testid="plan-template">{p('useTemplate')}</Button> : null}
        </>
      ) : (
        <ol className="question-list">
          {plan.data.questions.map((q) => (
            <li key={q.id}>
              <Card data-testid={`question-${q.position}`}>
                {editing === q.id ? (
                  <QuestionForm programmeId={programme.id} plan={plan.data!} existing={q} onDone={done} onCancel={() => setEditing(null)} />
                ) : (
                  <>
                    <Heading level={3} data-size="2xs">{p('questionN', { n: q.position })}</Heading>
                    <Paragraph className="question-text">{q.text}</Paragraph>
                    <div className="tag-row"><Tag data-color="info">{`${p('status')}: ${p(`statuses.${q.status}`)}`}</Tag></div>
                    <Heading level={4} data-size="2xs">{p('sources')}</Heading>
                    {q.sources.length ? <ul>{q.sources.map((s) => <li key={`${s.kind}:${s.refId}`}>{`${p(`sourceKinds.${s.kind}`)}: ${s.label}`}</li>)}</ul> : <Paragraph data-size="sm">{p('noSources')}</Paragraph>}
                    <Heading level={4} data-size="2xs">{p('analyses')}</Heading>
                    {q.analyses.length ? <ul>{q.analyses.map((s) => <li key={`${s.kind}:${s.refId}`}>{s.label}</li>)}</ul> : <Paragraph data-size="sm">{p('noAnalyses')}</Paragraph>}
                    <details className="question-history">
                      <summary>{p('history')}</summary>
                      <ul>
                        {q.history.map((h, i) => (
                          <li key={i}>{h.fromStatus
                            ? p('historyLine', { at: formatDateTime(h.at, i18n.language), from: p(`statuses.${h.fromStatus}`), to: p(`statuses.${h.toStatus}`), by: h.by || '–' })
                            : p('historyFirst', { at: formatDateTime(h.at, i18n.language), to: p(`statuses.${h.toStatus}`), by: h.by || '–' })}</li>
                        ))}
                      </ul>
                    </details>
                    {mayEdit ? (
                      <div className="button-row">
                        <Button variant="secondary" data-size="sm" onClick={() => { setStatus(null); setEditing(q.id); }}>{`${p('edit')}: ${p('questionN', { n: q.position })}`}</Button>
                        <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setRemoving(q)}>{`${p('delete')}: ${p('questionN', { n: q.position })}`}</Button>
                      </div>
                    ) : null}
                  </>
                )}
              </Card>
            </li>
          ))}
        </ol>
      )}
      {mayEdit ? <Card className="form-card"><QuestionForm programmeId={programme.id} plan={plan.data} onDone={done} /></Card> : null}
      <ConfirmDialog
        open={removing !== null}
        title={p('delete')}
        message={p('deleteConfirm', { text: removing?.text ?? '' })}
        confirmLabel={p('delete')}
        onConfirm={async () => {
          await api(`/programmes/${programme.id}/reports/plan/questions/${removing!.id}`, { method: 'DELETE' });
          setRemoving(null);
          done(p('deleted'));
        }}
        onClose={() => setRemoving(null)}
      />
    </section>
  );
}
