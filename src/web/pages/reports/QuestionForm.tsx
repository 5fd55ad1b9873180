import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { questionStatuses } from '../../../modules/reports/vocabulary.js';
import { LinkPicker } from './LinkPicker.js';
import type { LinkDto, PlanDto, QuestionDto } from './types.js';

/** A new evaluation question, or an existing one's wording, status, sources and analyses. */
export function QuestionForm({ programmeId, plan, existing, onDone, onCancel }: { programmeId: string; plan: PlanDto; existing?: QuestionDto; onDone(message: string): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const formId = existing ? `question-${existing.id}` : 'question-new';
  const [text, setText] = useState(existing?.text ?? '');
  const [status, setStatus] = useState(existing?.status ?? 'planned');
  const [sources, setSources] = useState<LinkDto[]>(existing?.sources ?? []);
  const [analyses, setAnalyses] = useState<LinkDto[]>(existing?.analyses ?? []);
  const base = `/programmes/${programmeId}/reports/plan/questions`;
  const { submit, error, busy } = useFormSubmit(async () => {
    const body = { text, status, sources: sources.map(({ kind, refId }) => ({ kind, refId })), analyses: analyses.map(({ kind, refId }) => ({ kind, refId })) };
    if (existing) await api(`${base}/${existing.id}`, { method: 'PATCH', body });
    else await api(base, { method: 'POST', body });
    if (!existing) { setText(''); setStatus('planned'); setSources([]); setAnalyses([]); }
    onDone(t(existing ? 'reports.plan.saved' : 'reports.plan.created'));
  });
  const p = (k: string) => t(`reports.plan.${k}`);
  return (
    <form onSubmit={submit} className="reports-form" aria-labelledby={`${formId}-heading`} data-testid={formId}>
      <Heading level={3} data-size="2xs" id={`${formId}-heading`}>{existing ? `${p('edit')}: ${t('reports.plan.questionN', { n: existing.position })}` : p('newQuestion')}</Heading>
      <FormErrors error={error} formId={formId} labels={{ text: p('question'), sources: p('sources'), analyses: p('analyses'), status: p('status') }} headingLevel={3} />
      <Textfield id={`${formId}-text`} label={p('question')} multiline rows={2} value={text} onChange={(e) => setText(e.target.value)} required />
      <SelectField id={`${formId}-status`} label={p('status')} value={status} onChange={setStatus}>
        {questionStatuses.map((s) => <option key={s} value={s}>{t(`reports.plan.statuses.${s}`)}</option>)}
      </SelectField>
      <LinkPicker id={`${formId}-sources`} label={p('chooseSource')} kindKey="reports.plan.sourceKinds" catalogue={plan.catalogue.sources} value={sources} onChange={setSources} />
      <LinkPicker id={`${formId}-analyses`} label={p('chooseAnalysis')} kindKey="reports.plan.analysisKinds" catalogue={plan.catalogue.analyses} value={analyses} onChange={setAnalyses} />
      <div className="button-row">
        <Button type="submit" disabled={busy}>{existing ? p('save') : p('create')}</Button>
        {onCancel ? <Button type="button" variant="secondary" onClick={onCancel}>{p('cancel')}</Button> : null}
      </div>
    </form>
  );
}
