import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, Button, Checkbox, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { FormErrors } from '../../components/FormErrors.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import type { WorkspaceDto } from '../../improvement-types.js';
import { ImprovementTabs } from './ImprovementTabs.js';
import { MeasureForm } from './MeasureForm.js';
import { HarvestSection, ProgressSection } from './HarvestSection.js';
import { RoundsSection } from './RoundsSection.js';
import './improvement.css';

/** One municipality's improvement work: team and composition, work plan, meetings, preparation, rounds, measures, harvests, progress. */
export function TeamPage() {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  const { municipalityId = '' } = useParams();
  const base = `/programmes/${programme.id}/improvement`;
  const path = `${base}/teams/${municipalityId}`;
  const resource = useApi<WorkspaceDto>(path);
  const ws = resource.data;
  const tt = (k: string, v?: Record<string, unknown>) => t(`improvement.team.${k}`, v);
  const title = ws ? tt('heading', { name: ws.municipality.name }) : t('improvement.title');
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: t('improvement.title'), to: base }, { label: title, to: path }]} />
      <ImprovementTabs />
      {!ws ? <LoadState error={resource.error} /> : (
        <>
          {ws.canEdit ? null : <Alert data-color="info"><Paragraph>{tt('readOnly')}</Paragraph></Alert>}
          <section className="improvement-section" aria-labelledby="team-members">
            <Heading level={2} data-size="xs" id="team-members">{tt('members')}</Heading>
            {ws.team ? (
              <ul>{ws.team.members.map((m) => <li key={m.id}>{m.name} – {tt(`roles.${m.groupRole}`)}{m.subRole ? ` (${m.subRole})` : ''}</li>)}</ul>
            ) : <Paragraph>{tt('noTeam')}</Paragraph>}
            {ws.gaps.length ? <Alert data-color="warning" data-testid="composition-gaps"><ul>{ws.gaps.map((g) => <li key={g}>{t(`improvement.gaps.${g}`)}</li>)}</ul></Alert> : null}
            {ws.canEdit ? <Paragraph><Link to={`/programmes/${programme.id}/people/groups`}>{tt('editMembers')}</Link></Paragraph> : null}
          </section>

          <TasksSection ws={ws} path={path} onDone={resource.reload} />
          {ws.canEdit ? <WorkPlanForm ws={ws} path={path} onDone={resource.reload} /> : (
            <section className="improvement-section"><Heading level={2} data-size="xs">{tt('workPlan')}</Heading>
              <dl>{(['anchoring', 'composition'] as const).map((k) => <div key={k}><dt>{tt(k)}</dt><dd>{ws.plan[k] || '–'}</dd></div>)}<dt>{tt('mandate')}</dt><dd>{ws.team?.mandate || '–'}</dd></dl>
            </section>
          )}

          <section className="improvement-section" aria-labelledby="team-meetings">
            <Heading level={2} data-size="xs" id="team-meetings">{tt('meetings')}</Heading>
            {ws.meetings.length ? <ul>{ws.meetings.map((m) => <li key={m.id}><Link to={`/programmes/${programme.id}/activities/${m.id}`}>{m.startsAt ? date(m.startsAt) : '–'}</Link>{m.location ? `, ${m.location}` : ''}</li>)}</ul> : <Paragraph>{tt('noMeetings')}</Paragraph>}
            {ws.canEdit ? <MeetingsForm path={path} onDone={resource.reload} /> : null}
          </section>

          <RoundsSection ws={ws} path={path} onDone={resource.reload} />

          <section className="improvement-section" aria-labelledby="team-measures">
            <Heading level={2} data-size="xs" id="team-measures">{tt('measures')}</Heading>
            <DataTable caption={tt('measures')} testId="team-measures" head={<>
              <Table.HeaderCell>{t('improvement.measure.title')}</Table.HeaderCell><Table.HeaderCell>{t('improvement.measure.kind')}</Table.HeaderCell>
              <Table.HeaderCell>{t('improvement.measure.status')}</Table.HeaderCell><Table.HeaderCell>{t('improvement.measure.pdsa')}</Table.HeaderCell>
            </>}>
              {ws.measures.map((m) => (
                <Table.Row key={m.id}>
                  <Table.Cell><Link to={`${base}/measures/${m.id}`}>{m.title}</Link></Table.Cell>
                  <Table.Cell>{t(`improvement.kinds.${m.kind}`, { defaultValue: m.kind })}</Table.Cell>
                  <Table.Cell>{t(`improvement.statuses.${m.status}`)}</Table.Cell>
                  <Table.Cell>{m.pdsaCycles}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
            {ws.canEdit ? <MeasureForm programmeId={programme.id} municipalityId={municipalityId} onDone={resource.reload} /> : null}
          </section>

          <HarvestSection ws={ws} path={path} onDone={resource.reload} />
          <ProgressSection ws={ws} path={path} onDone={resource.reload} />
        </>
      )}
    </div>
  );
}

function TasksSection({ ws, path, onDone }: { ws: WorkspaceDto; path: string; onDone(): void }) {
  const { t, i18n } = useTranslation();
  // Ticked at once (optimistically); a refused change is put back and explained.
  const [done, setDone] = useState(() => new Set(ws.tasks.filter((x) => x.done).map((x) => x.key)));
  const [failed, setFailed] = useState<string | null>(null);
  const toggle = async (task: string, value: boolean) => {
    setFailed(null);
    const flip = (on: boolean) => setDone((d) => { const n = new Set(d); if (on) n.add(task); else n.delete(task); return n; });
    flip(value);
    try {
      await api(`${path}/tasks`, { method: 'PUT', body: { task, done: value } });
      onDone();
    } catch (e) {
      flip(!value);
      setFailed((e as Error).message);
    }
  };
  return (
    <section className="improvement-section">
      <Fieldset data-testid="preparatory-tasks">
        <Fieldset.Legend>{t('improvement.team.tasks')}</Fieldset.Legend>
        {ws.tasksDueAt ? <Fieldset.Description>{t('improvement.network.due', { date: new Date(ws.tasksDueAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nb-NO') })}</Fieldset.Description> : null}
        {ws.tasks.map((task) => (
          <Checkbox key={task.key} id={`task-${task.key}`} label={t(`improvement.tasks.${task.key}`)} checked={done.has(task.key)} disabled={!ws.canEdit} onChange={(e) => void toggle(task.key, e.target.checked)} />
        ))}
      </Fieldset>
      {failed ? <Alert data-color="danger" role="alert"><Paragraph>{failed}</Paragraph></Alert> : null}
    </section>
  );
}

function WorkPlanForm({ ws, path, onDone }: { ws: WorkspaceDto; path: string; onDone(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ anchoring: ws.plan.anchoring, composition: ws.plan.composition, mandate: ws.team?.mandate ?? '', meetingTimes: ws.team?.meetingTimes ?? '' });
  const [saved, setSaved] = useState<string | null>(null);
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`${path}/plan`, { method: 'PUT', body: form });
    setSaved(t('improvement.team.saved'));
    onDone();
  });
  const fields = ['anchoring', 'composition', 'mandate', 'meetingTimes'] as const;
  return (
    <form onSubmit={submit} className="improvement-form" aria-labelledby="work-plan-heading">
      <Heading level={2} data-size="xs" id="work-plan-heading">{t('improvement.team.workPlan')}</Heading>
      <FormErrors error={error} formId="plan" labels={Object.fromEntries(fields.map((f) => [f, t(`improvement.team.${f}`)]))} />
      {fields.map((f) => <Textfield key={f} id={`plan-${f}`} label={t(`improvement.team.${f}`)} multiline rows={f === 'meetingTimes' ? 1 : 3} value={form[f]} onChange={(e) => setForm({ ...form, [f]: e.target.value })} />)}
      <div className="button-row"><Button type="submit" disabled={busy}>{t('improvement.team.save')}</Button></div>
      <StatusMessage message={saved} />
    </form>
  );
}

function MeetingsForm({ path, onDone }: { path: string; onDone(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ first: '', everyWeeks: '4', count: '6', location: '' });
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`${path}/meetings`, { method: 'POST', body: { firstStartsAt: new Date(form.first).toISOString(), everyWeeks: Number(form.everyWeeks), count: Number(form.count), location: form.location } });
    onDone();
  });
  return (
    <form onSubmit={submit} className="improvement-form">
      <FormErrors error={error} formId="meetings" labels={{ firstStartsAt: t('improvement.team.firstMeeting') }} headingLevel={3} />
      <Textfield id="meetings-firstStartsAt" type="datetime-local" label={t('improvement.team.firstMeeting')} value={form.first} onChange={(e) => setForm({ ...form, first: e.target.value })} required />
      <Textfield id="meetings-everyWeeks" type="number" min={1} max={12} label={t('improvement.team.everyWeeks')} value={form.everyWeeks} onChange={(e) => setForm({ ...form, everyWeeks: e.target.value })} />
      <Textfield id="meetings-count" type="number" min={1} max={30} label={t('improvement.team.count')} value={form.count} onChange={(e) => setForm({ ...form, count: e.target.value })} />
      <Textfield id="meetings-location" label={t('improvement.team.location')} value={form.location} onChange={(e) => setForm({ ...form, location: e.target.value })} />
      <div className="button-row"><Button type="submit" variant="secondary" disabled={busy}>{t('improvement.team.addMeetings')}</Button></div>
    </form>
  );
}
