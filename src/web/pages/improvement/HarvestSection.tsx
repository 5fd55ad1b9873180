import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { WorkspaceDto } from '../../improvement-types.js';

/** Café-dialogue tables, group work and user interviews of the municipality; each is also an analysis document. */
export function HarvestSection({ ws, path, onDone }: { ws: WorkspaceDto; path: string; onDone(): void }) {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const tt = (k: string) => t(`improvement.team.${k}`);
  const blank = { kind: 'cafe', gathering: '2', tableLabel: '', round: '1', question: '', host: '', text: '' };
  const [f, setF] = useState(blank);
  const [saved, setSaved] = useState<string | null>(null);
  const { submit, error, busy } = useFormSubmit(async () => {
    const num = (s: string) => (s.trim() ? Number(s) : null);
    await api(`${path}/harvests`, { method: 'POST', body: { kind: f.kind, gathering: f.kind === 'user_interview' ? null : num(f.gathering), tableLabel: f.tableLabel, round: num(f.round), question: f.question, host: f.host, text: f.text } });
    setF(blank);
    setSaved(tt('saved'));
    onDone();
  });
  return (
    <section className="improvement-section" aria-labelledby="team-harvests">
      <Heading level={2} data-size="xs" id="team-harvests">{tt('harvests')}</Heading>
      <DataTable caption={tt('harvests')} testId="team-harvests" head={<>
        <Table.HeaderCell>{t('improvement.network.kind')}</Table.HeaderCell><Table.HeaderCell>{tt('gathering')}</Table.HeaderCell>
        <Table.HeaderCell>{tt('table')}</Table.HeaderCell><Table.HeaderCell>{tt('question')}</Table.HeaderCell><Table.HeaderCell>{tt('harvestText')}</Table.HeaderCell>
      </>}>
        {ws.harvests.map((h) => (
          <Table.Row key={h.id}>
            <Table.Cell>{tt(`harvestKinds.${h.kind}`)}</Table.Cell><Table.Cell>{h.gathering ?? '–'}</Table.Cell>
            <Table.Cell>{[h.tableLabel, h.round ? `${tt('roundNo')} ${h.round}` : '', h.host].filter(Boolean).join(', ') || '–'}</Table.Cell>
            <Table.Cell>{h.question || '–'}</Table.Cell>
            <Table.Cell>{h.documentId ? <Link to={`/programmes/${programme.id}/analysis/documents/${h.documentId}`}>{h.text}</Link> : h.text}</Table.Cell>
          </Table.Row>
        ))}
      </DataTable>
      {ws.canEdit ? (
        <form onSubmit={submit} className="improvement-form" aria-labelledby="harvest-heading">
          <Heading level={3} data-size="2xs" id="harvest-heading">{tt('newHarvest')}</Heading>
          <FormErrors error={error} formId="harvest" labels={{ text: tt('harvestText') }} headingLevel={3} />
          <SelectField id="harvest-kind" label={t('improvement.network.kind')} value={f.kind} onChange={(kind) => setF({ ...f, kind })}>
            {['cafe', 'group_work', 'user_interview'].map((k) => <option key={k} value={k}>{tt(`harvestKinds.${k}`)}</option>)}
          </SelectField>
          {f.kind === 'user_interview' ? null : <Textfield id="harvest-gathering" type="number" min={1} max={20} label={tt('gathering')} value={f.gathering} onChange={(e) => setF({ ...f, gathering: e.target.value })} />}
          {f.kind === 'cafe' ? (
            <>
              <Textfield id="harvest-tableLabel" label={tt('table')} value={f.tableLabel} onChange={(e) => setF({ ...f, tableLabel: e.target.value })} />
              <Textfield id="harvest-round" type="number" min={1} max={20} label={tt('roundNo')} value={f.round} onChange={(e) => setF({ ...f, round: e.target.value })} />
              <Textfield id="harvest-host" label={tt('host')} value={f.host} onChange={(e) => setF({ ...f, host: e.target.value })} />
            </>
          ) : null}
          <Textfield id="harvest-question" label={tt('question')} value={f.question} onChange={(e) => setF({ ...f, question: e.target.value })} />
          <Textfield id="harvest-text" label={tt('harvestText')} multiline rows={4} value={f.text} onChange={(e) => setF({ ...f, text: e.target.value })} required />
          <div className="button-row"><Button type="submit" disabled={busy}>{tt('newHarvest')}</Button></div>
          <StatusMessage message={saved} />
        </form>
      ) : null}
    </section>
  );
}

/** The team's progress score at each gathering (0.5–5), over time. */
export function ProgressSection({ ws, path, onDone }: { ws: WorkspaceDto; path: string; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const tt = (k: string) => t(`improvement.team.${k}`);
  const [f, setF] = useState({ gathering: String((ws.progress.at(-1)?.gathering ?? 0) + 1), score: '1', reason: '' });
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`${path}/progress`, { method: 'POST', body: { gathering: Number(f.gathering), score: Number(f.score), reason: f.reason } });
    onDone();
  });
  return (
    <section className="improvement-section" aria-labelledby="team-progress">
      <Heading level={2} data-size="xs" id="team-progress">{tt('progress')}</Heading>
      <Paragraph>{tt('progressHelp')}</Paragraph>
      {ws.progress.length ? (
        <DataTable caption={tt('progress')} head={<><Table.HeaderCell>{tt('gathering')}</Table.HeaderCell><Table.HeaderCell>{tt('score')}</Table.HeaderCell><Table.HeaderCell>{tt('reason')}</Table.HeaderCell></>}>
          {ws.progress.map((p) => <Table.Row key={p.gathering}><Table.Cell>{p.gathering}</Table.Cell><Table.Cell>{p.score.toLocaleString(i18n.language)}</Table.Cell><Table.Cell>{p.reason}</Table.Cell></Table.Row>)}
        </DataTable>
      ) : <Paragraph>{tt('noProgress')}</Paragraph>}
      {ws.canEdit ? (
        <form onSubmit={submit} className="improvement-form">
          <FormErrors error={error} formId="progress" labels={{ score: tt('score'), gathering: tt('gathering') }} headingLevel={3} />
          <Textfield id="progress-gathering" type="number" min={1} max={20} label={tt('gathering')} value={f.gathering} onChange={(e) => setF({ ...f, gathering: e.target.value })} />
          <SelectField id="progress-score" label={tt('score')} value={f.score} onChange={(score) => setF({ ...f, score })}>
            {Array.from({ length: 10 }, (_, i) => (i + 1) / 2).map((s) => <option key={s} value={String(s)}>{s.toLocaleString(i18n.language)}</option>)}
          </SelectField>
          <Textfield id="progress-reason" label={tt('reason')} multiline rows={2} value={f.reason} onChange={(e) => setF({ ...f, reason: e.target.value })} />
          <div className="button-row"><Button type="submit" variant="secondary" disabled={busy}>{tt('saveProgress')}</Button></div>
        </form>
      ) : null}
    </section>
  );
}
