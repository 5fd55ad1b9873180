import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { BuilderSections } from '../../components/questionnaires/BuilderSections.js';
import { InstrumentTabs } from '../../components/questionnaires/InstrumentTabs.js';
import { nameAtPath, type InstrumentDefinition } from '../../components/questionnaires/builder-model.js';
import { useInstruments, type DefinitionProblem, type DraftVersion } from '../../components/questionnaires/useInstruments.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import '../../people.css';
import '../../questionnaires.css';

/** The instrument builder: edit the draft version, save it (problems shown item by item), publish it. */
export function BuilderPage() {
  const { t } = useTranslation();
  const { instrumentId } = useParams();
  const navigate = useNavigate();
  const { api: base, app, crumbs, lang, text, canBuild } = useInstruments();
  const draft = useApi<DraftVersion>(`${base}/instruments/${instrumentId}/draft`);
  const [def, setDef] = useState<InstrumentDefinition | null>(null);
  const [problems, setProblems] = useState<DefinitionProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    if (draft.data && !def) {
      setDef(draft.data.definition);
      setProblems(draft.data.problems);
    }
  }, [draft.data, def]);

  const save = async () => {
    const saved = await api<DraftVersion>(`${base}/instruments/${instrumentId}/draft`, { method: 'PUT', body: { definition: def } });
    setProblems(saved.problems);
    setDirty(false);
  };
  const saving = useFormSubmit(async () => {
    setStatus(null);
    await save();
    setStatus(t('questionnaires.builder.edit.saved'));
  });

  // Messages per item: the server's check (errors and warnings) and, after a refused save, its field errors.
  const byItem = useMemo(() => {
    const map = new Map<string, string[]>();
    const add = (name: string, message: string) => map.set(name, [...(map.get(name) ?? []), message]);
    if (def && saving.error) for (const e of saving.error.fieldErrors) add(nameAtPath(def, e.path), e.message);
    for (const p of problems) add(p.item, t(p.key, p.vars));
    return map;
  }, [problems, saving.error, def, t]);

  if (!draft.data || !def) return <div className="page"><LoadState error={draft.error} /></div>;
  const version = draft.data.version;
  const title = text(def.title) || def.name;
  const change = (next: InstrumentDefinition) => {
    setDef(next);
    setDirty(true);
    setStatus(null);
  };
  const publish = async () => {
    if (dirty) await save();
    await api(`${base}/instruments/${instrumentId}/publish`, { method: 'POST' });
    setConfirming(false);
    navigate(`${app}/instruments/${instrumentId}`, { state: { message: t('questionnaires.builder.edit.published', { version }) } });
  };
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const link = (p: DefinitionProblem, i: number) => <li key={i}><a href={`#item-${p.item}`}>{t(p.key, p.vars)}</a></li>;

  return (
    <div className="page">
      <PageHeader title={t('questionnaires.builder.edit.heading', { title, version })}
        crumbs={[...crumbs, { label: title, to: `${app}/instruments/${instrumentId}` }, { label: t('questionnaires.builder.instrument.editDraft'), to: `${app}/instruments/${instrumentId}/draft` }]} />
      <InstrumentTabs />
      <section aria-labelledby="builder-problems" className="section" data-testid="builder-problems">
        <Heading level={2} data-size="xs" id="builder-problems">{errors.length ? t('questionnaires.builder.edit.problems') : t('questionnaires.builder.edit.warnings')}</Heading>
        {errors.length === 0 && warnings.length === 0 ? <Paragraph>{t('questionnaires.builder.edit.problemsNone')}</Paragraph> : null}
        {errors.length ? <ul className="problem-list item-problems">{errors.map(link)}</ul> : null}
        {warnings.length ? (
          <details>
            <summary>{t('questionnaires.builder.edit.warnings')} ({warnings.length})</summary>
            <ul className="problem-list">{warnings.map(link)}</ul>
          </details>
        ) : null}
      </section>
      <form onSubmit={saving.submit} id="builder" data-testid="builder">
        {saving.error ? (
          <Alert data-color="danger" role="alert" className="form-errors">
            <Paragraph>{saving.error.detail}</Paragraph>
            {saving.error.fieldErrors.length ? (
              <ul className="problem-list">{saving.error.fieldErrors.map((e) => <li key={`${e.path}:${e.message}`}><a href={`#item-${nameAtPath(def, e.path)}`}>{nameAtPath(def, e.path)}: {e.message}</a></li>)}</ul>
            ) : null}
          </Alert>
        ) : null}
        <BuilderSections def={def} lang={lang} problemsFor={(name) => byItem.get(name) ?? []} onChange={change} />
        {/* Readers (facilitators, municipal contacts) see the draft; only coordinators and researchers save or publish it. */}
        {canBuild ? <div className="builder-toolbar">
          <Button type="submit" loading={saving.busy} data-testid="builder-save">{t('questionnaires.builder.edit.save')}</Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)} disabled={errors.length > 0 && !dirty} data-testid="builder-publish">{t('questionnaires.builder.edit.publish')}</Button>
          {dirty ? <span>{t('questionnaires.builder.edit.unsaved')}</span> : null}
          <StatusMessage message={status} />
        </div> : null}
      </form>
      <ConfirmDialog open={confirming} title={t('questionnaires.builder.edit.publishTitle', { version })} message={t('questionnaires.builder.edit.publishText')}
        confirmLabel={t('questionnaires.builder.edit.publish')} onConfirm={publish} onClose={() => setConfirming(false)} />
    </div>
  );
}
