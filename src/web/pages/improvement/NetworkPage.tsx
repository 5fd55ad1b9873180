import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { DataTable } from '../../components/DataTable.js';
import { FormErrors } from '../../components/FormErrors.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import type { NetworkDto, SignalDto } from '../../improvement-types.js';
import { ImprovementTabs, kindLabel } from './ImprovementTabs.js';
import './improvement.css';

export function signalText(t: (k: string, v?: Record<string, unknown>) => string, s: SignalDto): string {
  if (s.points === 0) return t('improvement.network.noData');
  const parts = [s.runs ? t('improvement.network.runsSignal') : '', s.sigma ? t('improvement.network.sigmaSignal', { count: s.sigma }) : '', s.fewPoints ? t('improvement.network.fewPoints') : ''].filter(Boolean);
  return parts.length ? parts.join('; ') : t('improvement.network.noSignal');
}

/** The learning network: every team's state, measures by municipality × kind, the live list of measures, and what needs attention. */
export function NetworkPage() {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/improvement`;
  const resource = useApi<NetworkDto>(base);
  const data = resource.data;
  const name = (id: string) => data?.municipalities.find((m) => m.id === id)?.name ?? '';
  const kind = (key: string) => kindLabel(t, i18n.language, data?.kinds, key);
  const n = (k: string) => t(`improvement.network.${k}`);
  const kindsInUse = data ? data.kinds.filter((k) => data.matrix.some((c) => c.kind === k.key)) : [];
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nb-NO');

  return (
    <div className="page">
      <PageHeader title={t('improvement.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('improvement.title'), to: base }]} />
      <ImprovementTabs />
      <Paragraph>{n('intro')}</Paragraph>
      {!data ? <LoadState error={resource.error} /> : (
        <>
          <Heading level={2} data-size="xs">{n('teams')}</Heading>
          {data.tasksDueAt ? <Paragraph>{t('improvement.network.due', { date: date(data.tasksDueAt) })}</Paragraph> : null}
          <DataTable caption={n('teams')} testId="improvement-teams" head={<>
            <Table.HeaderCell>{n('municipality')}</Table.HeaderCell><Table.HeaderCell>{n('members')}</Table.HeaderCell><Table.HeaderCell>{n('composition')}</Table.HeaderCell>
            <Table.HeaderCell>{n('tasks')}</Table.HeaderCell><Table.HeaderCell>{n('measures')}</Table.HeaderCell><Table.HeaderCell>{n('rounds')}</Table.HeaderCell><Table.HeaderCell>{n('progress')}</Table.HeaderCell>
          </>}>
            {data.teams.map((team) => (
              <Table.Row key={team.municipalityId}>
                <Table.Cell><Link to={`${base}/teams/${team.municipalityId}`}>{team.name}</Link></Table.Cell>
                <Table.Cell>{team.hasTeam ? team.members : n('noTeam')}</Table.Cell>
                <Table.Cell>{team.hasTeam ? (team.gaps.length ? team.gaps.map((g) => t(`improvement.gaps.${g}`)).join(' ') : n('compositionOk')) : '–'}</Table.Cell>
                <Table.Cell>{team.tasksDone}/{team.tasksTotal}</Table.Cell>
                <Table.Cell>{team.measures}</Table.Cell>
                <Table.Cell>{team.rounds}</Table.Cell>
                <Table.Cell>{team.progress.map((p) => `${p.gathering}: ${p.score.toLocaleString(i18n.language)}`).join(' → ') || '–'}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
          {data.projectGroup ? (
            <Paragraph>
              {t('improvement.network.projectGroup', { lived: data.projectGroup.lived, professionals: data.projectGroup.professionals })}{' '}
              {data.projectGroup.balanced ? null : <Tag data-color="warning">{n('projectGroupUnbalanced')}</Tag>}
            </Paragraph>
          ) : null}

          <Heading level={2} data-size="xs">{n('attention')}</Heading>
          <section className="improvement-attention" data-testid="improvement-attention">
            <Heading level={3} data-size="2xs">{n('stale')}</Heading>
            {data.attention.staleMeasures.length ? <ul>{data.attention.staleMeasures.map((m) => <li key={m.measureId}><Link to={`${base}/measures/${m.measureId}`}>{name(m.municipalityId)}: {m.title}</Link>{m.lastPeriod ? ` (${m.lastPeriod.slice(0, 7)})` : ''}</li>)}</ul> : <Paragraph>{n('nothing')}</Paragraph>}
            <Heading level={3} data-size="2xs">{n('openTasks')}</Heading>
            {data.attention.openTasks.length ? <ul>{data.attention.openTasks.map((o) => <li key={o.municipalityId}>{name(o.municipalityId)}: {o.missing.length}/{data.teams[0]?.tasksTotal ?? 8}</li>)}</ul> : <Paragraph>{n('nothing')}</Paragraph>}
            <Heading level={3} data-size="2xs">{n('unstudied')}</Heading>
            {data.attention.unstudiedCycles.length ? <ul>{data.attention.unstudiedCycles.map((c) => <li key={c.cycleId}><Link to={`${base}/measures/${c.measureId}`}>{name(c.municipalityId)}: {c.title}</Link> ({c.startsOn})</li>)}</ul> : <Paragraph>{n('nothing')}</Paragraph>}
          </section>

          <Heading level={2} data-size="xs">{n('matrix')}</Heading>
          <DataTable caption={n('matrix')} testId="improvement-matrix" head={<>
            <Table.HeaderCell>{n('municipality')}</Table.HeaderCell>
            {kindsInUse.map((k) => <Table.HeaderCell key={k.key}>{kind(k.key)}</Table.HeaderCell>)}
            <Table.HeaderCell>{n('total')}</Table.HeaderCell>
          </>}>
            {data.municipalities.map((m) => {
              const cells = data.matrix.filter((c) => c.municipalityId === m.id);
              return (
                <Table.Row key={m.id}>
                  <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                  {kindsInUse.map((k) => {
                    const c = cells.find((x) => x.kind === k.key);
                    const statuses = c ? Object.entries(c.byStatus).filter(([, v]) => v > 0).map(([s, v]) => `${v} ${t(`improvement.statuses.${s}`).toLowerCase()}`).join(', ') : '';
                    return <Table.Cell key={k.key}>{c ? `${c.count} (${statuses})` : ''}</Table.Cell>;
                  })}
                  <Table.Cell>{cells.reduce((s, c) => s + c.count, 0)}</Table.Cell>
                </Table.Row>
              );
            })}
          </DataTable>

          <Heading level={2} data-size="xs">{n('list')}</Heading>
          <DataTable caption={n('list')} testId="improvement-measures" head={<>
            <Table.HeaderCell>{n('municipality')}</Table.HeaderCell><Table.HeaderCell>{t('improvement.measure.title')}</Table.HeaderCell><Table.HeaderCell>{n('kind')}</Table.HeaderCell>
            <Table.HeaderCell>{n('status')}</Table.HeaderCell><Table.HeaderCell>{t('improvement.measure.involvement')}</Table.HeaderCell><Table.HeaderCell>{n('signals')}</Table.HeaderCell>
          </>}>
            {[...data.measures].sort((a, b) => name(a.municipalityId).localeCompare(name(b.municipalityId), 'nb')).map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{name(m.municipalityId)}</Table.Cell>
                <Table.Cell><Link to={`${base}/measures/${m.id}`}>{m.title}</Link>{m.shared ? null : <> <Tag>{t('improvement.measure.notShared')}</Tag></>}</Table.Cell>
                <Table.Cell>{kind(m.kind)}</Table.Cell>
                <Table.Cell>{t(`improvement.statuses.${m.status}`)}</Table.Cell>
                <Table.Cell>{t(`improvement.involvement.${m.userInvolvement}`)}</Table.Cell>
                <Table.Cell>{m.signals.map((s) => `${s.name}: ${signalText(t, s)}`).join(' · ') || '–'}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
          {data.canManage ? <AddKind programmeId={programme.id} onDone={resource.reload} /> : null}
        </>
      )}
    </div>
  );
}

function AddKind({ programmeId, onDone }: { programmeId: string; onDone(): void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState({ key: '', nb: '', nn: '', en: '' });
  const [done, setDone] = useState<string | null>(null);
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`/programmes/${programmeId}/improvement/kinds`, { method: 'POST', body: { key: form.key, labels: { nb: form.nb, nn: form.nn, en: form.en } } });
    setDone(t('improvement.team.saved'));
    setForm({ key: '', nb: '', nn: '', en: '' });
    onDone();
  });
  return (
    <form onSubmit={submit} className="improvement-form" aria-labelledby="add-kind-heading">
      <Heading level={2} data-size="xs" id="add-kind-heading">{t('improvement.network.addKind')}</Heading>
      <FormErrors error={error} formId="kind" labels={{ key: t('improvement.network.kindKey') }} />
      <Textfield id="kind-key" label={t('improvement.network.kindKey')} value={form.key} onChange={(e) => setForm({ ...form, key: e.target.value })} />
      {(['nb', 'nn', 'en'] as const).map((l) => <Textfield key={l} id={`kind-${l}`} label={t('improvement.network.kindLabel', { lang: l })} value={form[l]} onChange={(e) => setForm({ ...form, [l]: e.target.value })} />)}
      <Button type="submit" disabled={busy}>{t('improvement.network.addKind')}</Button>
      <StatusMessage message={done} />
    </form>
  );
}
