import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { ParticipantForm, participantBody } from '../components/ParticipantForm.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import type { Participant } from '../people-types.js';
import type { Municipality } from '../types.js';
import '../people.css';

/** Register one participant; a municipal contact can choose only their own municipalities. */
export function ParticipantNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { programme, canManage } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const municipalities = useApi<Municipality[]>(`${base}/municipalities`);
  const writable = (municipalities.data ?? []).filter((m) => canManage || programme.myContactMunicipalityIds.includes(m.id));
  return (
    <div className="page">
      <PageHeader title={t('people.add')} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }, { label: t('people.add'), to: `${base}/people/new` }]} />
      <PeopleTabs />
      {!municipalities.data ? <LoadState error={municipalities.error} /> : (
        <Card className="form-card">
          <ParticipantForm
            programmeId={programme.id}
            municipalities={writable}
            submitLabel={t('people.add')}
            onCancel={() => navigate(`${base}/people`)}
            onSubmit={async (values) => {
              const created = await api<Participant>(`${base}/municipalities/${values.municipalityId}/participants`, { method: 'POST', body: participantBody(values, { withMunicipality: false }) });
              navigate(`${base}/people/${created.id}`, { state: { created: created.code } });
            }}
          />
        </Card>
      )}
    </div>
  );
}
