import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import type { CycleDto, MeasureDetailDto } from '../../improvement-types.js';

const steps = ['plan', 'prediction', 'doNotes', 'study', 'act'] as const;

/** The measure's PDSA cycles as a timeline; each can be completed (do, study, act) and a new one started. */
export function PdsaSection({ detail, path, onDone }: { detail: MeasureDetailDto; path: string; onDone(): void }) {
  const { t } = useTranslation();
  const m = (k: string) => t(`improvement.measure.${k}`);
  return (
    <section className="improvement-section" aria-labelledby="measure-pdsa">
      <Heading level={2} data-size="xs" id="measure-pdsa">{m('pdsa')}</Heading>
      {detail.cycles.length === 0 ? <Paragraph>{m('noCycles')}</Paragraph> : (
        <ol className="improvement-timeline" data-testid="pdsa-timeline">
          {detail.cycles.map((c, i) => (
            <li key={c.id}>
              <Heading level={3} data-size="2xs">PDSA {i + 1} · {c.startsOn}{c.studiedOn ? ` → ${c.studiedOn}` : ''}{c.decision ? ` · ${m(`decisions.${c.decision}`)}` : ''}</Heading>
              <dl>{steps.filter((s) => c[s]).map((s) => <div key={s}><dt>{m(s)}</dt><dd>{c[s]}</dd></div>)}</dl>
              {detail.canEdit ? <CycleForm path={`${path}/pdsa/${c.id}`} cycle={c} onDone={onDone} index={i + 1} /> : null}
            </li>
          ))}
        </ol>
      )}
      {detail.canEdit ? <CycleForm path={`${path}/pdsa`} onDone={onDone} /> : null}
    </section>
  );
}

function CycleForm({ path, cycle, onDone, index }: { path: string; cycle?: CycleDto; onDone(): void; index?: number }) {
  const { t } = useTranslation();
  const m = (k: string) => t(`improvement.measure.${k}`);
  const prefix = cycle ? `cycle${index}` : 'cycle-new';
  const [f, setF] = useState({ plan: cycle?.plan ?? '', prediction: cycle?.prediction ?? '', doNotes: cycle?.doNotes ?? '', study: cycle?.study ?? '', act: cycle?.act ?? '', startsOn: cycle?.startsOn ?? new Date().toISOString().slice(0, 10), studiedOn: cycle?.studiedOn ?? '', decision: cycle?.decision ?? '' });
  const { submit, error, busy } = useFormSubmit(async () => {
    const body = cycle
      ? { doNotes: f.doNotes, study: f.study, act: f.act, studiedOn: f.studiedOn || null, decision: f.decision || null }
      : { plan: f.plan, prediction: f.prediction, startsOn: f.startsOn };
    await api(path, { method: cycle ? 'PATCH' : 'POST', body });
    if (!cycle) setF({ ...f, plan: '', prediction: '' });
    onDone();
  });
  const shown = cycle ? (['doNotes', 'study', 'act'] as const) : (['plan', 'prediction'] as const);
  return (
    <form onSubmit={submit} className="improvement-form" aria-label={cycle ? `${m('saveCycle')} ${index}` : m('pdsaNew')}>
      {cycle ? null : <Heading level={3} data-size="2xs">{m('pdsaNew')}</Heading>}
      <FormErrors error={error} formId={prefix} labels={{ plan: m('plan'), studiedOn: m('studiedOn'), startsOn: m('startsOn') }} headingLevel={3} />
      {shown.map((s) => <Textfield key={s} id={`${prefix}-${s}`} label={m(s)} multiline rows={2} value={f[s]} onChange={(e) => setF({ ...f, [s]: e.target.value })} required={s === 'plan'} />)}
      {cycle ? (
        <>
          <Textfield id={`${prefix}-studiedOn`} type="date" label={m('studiedOn')} value={f.studiedOn} onChange={(e) => setF({ ...f, studiedOn: e.target.value })} />
          <SelectField id={`${prefix}-decision`} label={m('decision')} value={f.decision} onChange={(decision) => setF({ ...f, decision })}>
            <option value="">–</option>
            {['adopt', 'adapt', 'abandon'].map((d) => <option key={d} value={d}>{m(`decisions.${d}`)}</option>)}
          </SelectField>
        </>
      ) : <Textfield id={`${prefix}-startsOn`} type="date" label={m('startsOn')} value={f.startsOn} onChange={(e) => setF({ ...f, startsOn: e.target.value })} />}
      <div className="button-row"><Button type="submit" variant="secondary" disabled={busy}>{cycle ? m('saveCycle') : m('addCycle')}</Button></div>
    </form>
  );
}
