import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { GroupCard } from '../components/GroupCard.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { SelectField } from '../components/SelectField.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import type { GroupsOverview, Participant } from '../people-types.js';
import '../people.css';

const creatable = ['project_group', 'steering_group', 'expert_group', 'contact_group'];

/** Programme groups and the municipalities' improvement teams, with the contact-group warning. */
export function GroupsPage() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const overview = useApi<GroupsOverview>(`${base}/groups`);
  const participants = useApi<Participant[]>(`${base}/participants`);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState('');
  const data = overview.data;
  const changed = (message: string) => { setError(null); setStatus(message); overview.reload(); };
  const failed = (message: string) => { setStatus(null); setError(message); };
  const run = async (action: () => Promise<string>) => { try { changed(await action()); } catch (e) { failed((e as Error).message); } };
  const canManage = !!data?.canManage && !archived;
  const programmeGroups = data?.groups.filter((g) => g.kind !== 'improvement_team') ?? [];
  const teams = data?.groups.filter((g) => g.kind === 'improvement_team') ?? [];
  const card = (g: GroupsOverview['groups'][number]) => (
    <GroupCard key={g.id} programmeId={programme.id} group={{ ...g, canEdit: g.canEdit && !archived }} staff={data!.staff}
      participants={(participants.data ?? []).filter((p) => !g.municipalityId || p.municipalityId === g.municipalityId)}
      canDelete={canManage} onChanged={changed} onError={failed} />
  );

  return (
    <div className="page">
      <PageHeader title={t('groups.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }, { label: t('groups.title'), to: `${base}/people/groups` }]} />
      <PeopleTabs />
      <StatusMessage message={status} />
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      {!data ? <LoadState error={overview.error} /> : (
        <div data-testid="group-list" className="page">
          {data.canManage && !data.hasContactGroup ? <Alert data-color="warning"><Paragraph>{t('groups.noContactGroup')}</Paragraph></Alert> : null}
          {data.hasContactGroup && data.municipalitiesWithoutContact.length ? (
            <Alert data-color="warning"><Paragraph>{t('groups.missingContacts', { names: data.municipalitiesWithoutContact.map((m) => m.name).join(', ') })}</Paragraph></Alert>
          ) : null}
          {canManage ? (
            <Card className="form-card">
              <Heading level={2} data-size="xs">{t('groups.add')}</Heading>
              <div className="inline-form">
                <SelectField id="new-group-kind" label={t('groups.kind')} value={kind} onChange={setKind}>
                  <option value="">{t('common.choose')}</option>
                  {creatable.map((k) => <option key={k} value={k}>{t(`groups.kinds.${k}`)}</option>)}
                </SelectField>
                <Button disabled={!kind} onClick={() => run(async () => { await api(`${base}/groups`, { method: 'POST', body: { kind } }); setKind(''); return t('groups.created'); })}>{t('groups.create')}</Button>
                <Button variant="secondary" onClick={() => run(async () => t('groups.teamsCreated', { count: (await api<{ created: number }>(`${base}/groups/improvement-teams`, { method: 'POST' })).created }))}>{t('groups.createTeams')}</Button>
              </div>
            </Card>
          ) : null}
          {data.groups.length === 0 ? <Paragraph>{t('groups.empty')}</Paragraph> : null}
          {programmeGroups.length ? (
            <section aria-labelledby="programme-groups"><Heading level={2} data-size="sm" id="programme-groups">{t('groups.title')}</Heading><div className="group-grid">{programmeGroups.map(card)}</div></section>
          ) : null}
          {teams.length ? (
            <section aria-labelledby="teams"><Heading level={2} data-size="sm" id="teams">{t('groups.kinds.improvement_team')}</Heading><div className="group-grid">{teams.map(card)}</div></section>
          ) : null}
        </div>
      )}
    </div>
  );
}
