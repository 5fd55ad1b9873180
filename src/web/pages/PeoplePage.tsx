import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Checkbox, Paragraph, Table } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { SelectField } from '../components/SelectField.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import { activityTypes, participantRoles, type Participant } from '../people-types.js';
import type { Municipality } from '../types.js';
import '../people.css';
import { DataTable } from '../components/DataTable.js';

/** Participants of the programme with filters; codes for everyone, names only for those the API shows them to. */
export function PeoplePage() {
  const { t } = useTranslation();
  const { programme, canManage, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const [municipalityId, setMunicipalityId] = useState('');
  const [role, setRole] = useState('');
  const query = new URLSearchParams({ ...(municipalityId ? { municipalityId } : {}), ...(role ? { role } : {}) }).toString();
  const people = useApi<Participant[]>(`${base}/participants${query ? `?${query}` : ''}`);
  const municipalities = useApi<Municipality[]>(`${base}/municipalities`);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [activity, setActivity] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const names = new Map((municipalities.data ?? []).map((m) => [m.id, m.name]));
  const canWrite = !archived && (canManage || programme.myContactMunicipalityIds.length > 0);
  const rows = people.data ?? [];
  const hidden = rows.some((p) => p.identityHidden);
  const mayWriteRow = (p: Participant) => canWrite && (canManage || programme.myContactMunicipalityIds.includes(p.municipalityId));

  const toggle = (id: string) => setSelected((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  const recruit = async () => {
    setStatus(null);
    setError(null);
    try {
      const { recruited } = await api<{ recruited: number }>(`${base}/recruitment/bulk`, { method: 'POST', body: { participantIds: [...selected], activityType: activity } });
      setStatus(t('people.bulkDone', { count: recruited }));
      setSelected(new Set());
      people.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('people.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }]} />
      <PeopleTabs />
      <div className="filters">
        <SelectField id="filter-municipality" label={t('people.municipality')} value={municipalityId} onChange={setMunicipalityId}>
          <option value="">{t('people.allMunicipalities')}</option>
          {(municipalities.data ?? []).map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <SelectField id="filter-role" label={t('people.role')} value={role} onChange={setRole}>
          <option value="">{t('people.allRoles')}</option>
          {participantRoles.map((r) => <option key={r} value={r}>{t(`people.roles.${r}`)}</option>)}
        </SelectField>
        {canWrite ? <Button asChild variant="primary"><Link to={`${base}/people/new`}>{t('people.add')}</Link></Button> : null}
      </div>
      {hidden ? <Alert data-color="info"><Paragraph>{t('people.codesOnly')}</Paragraph></Alert> : null}
      {!people.data ? <LoadState error={people.error} /> : rows.length === 0 ? (
        <Paragraph data-testid="participant-list">{t('people.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph className="muted">{t('people.count', { count: rows.length })}</Paragraph>
          <DataTable
            caption={t('people.tabs.list')} testId="participant-list"
            head={
              <>
                {canWrite ? <Table.HeaderCell><span className="ds-sr-only">{t('people.bulkTitle')}</span></Table.HeaderCell> : null}
                <Table.HeaderCell>{t('people.code')}</Table.HeaderCell>
                {!hidden ? <Table.HeaderCell>{t('people.name')}</Table.HeaderCell> : null}
                <Table.HeaderCell>{t('people.municipality')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.role')}</Table.HeaderCell>
                <Table.HeaderCell>{t('people.recruitment')}</Table.HeaderCell>
              </>
            }
          >
            {rows.map((p) => (
              <Table.Row key={p.id}>
                {canWrite ? (
                  <Table.Cell>
                    {mayWriteRow(p) ? <Checkbox aria-label={t('people.select', { code: p.code })} checked={selected.has(p.id)} onChange={() => toggle(p.id)} /> : null}
                  </Table.Cell>
                ) : null}
                <Table.Cell><Link to={`${base}/people/${p.id}`} className="code">{p.code}</Link></Table.Cell>
                {!hidden ? <Table.Cell>{p.name ?? t('people.hidden')}{p.subRole ? <span className="cell-sub">{p.subRole}</span> : null}</Table.Cell> : null}
                <Table.Cell>{names.get(p.municipalityId) ?? ''}</Table.Cell>
                <Table.Cell>{t(`people.roles.${p.role}`)}</Table.Cell>
                <Table.Cell>{p.activityTypes.map((a) => t(`recruitment.activityTypes.${a}`)).join(', ')}</Table.Cell>
              </Table.Row>
            ))}
          </DataTable>
          {canWrite ? (
            <section aria-labelledby="bulk-heading" className="inline-form">
              <h2 id="bulk-heading" className="ds-sr-only">{t('people.bulkTitle')}</h2>
              <SelectField id="bulk-activity" label={t('people.bulkActivity')} value={activity} onChange={setActivity}>
                <option value="">{t('common.choose')}</option>
                {activityTypes.map((a) => <option key={a} value={a}>{t(`recruitment.activityTypes.${a}`)}</option>)}
              </SelectField>
              <Button variant="secondary" disabled={selected.size === 0 || !activity} onClick={recruit}>{t('people.bulkSubmit', { count: selected.size })}</Button>
            </section>
          ) : null}
          {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
          <StatusMessage message={status} />
        </>
      )}
    </div>
  );
}
