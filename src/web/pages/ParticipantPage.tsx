import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Checkbox, Fieldset, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { ParticipantForm, participantBody } from '../components/ParticipantForm.js';
import { ParticipantPrivacyPanel } from '../components/ParticipantPrivacyPanel.js';
import { AttendanceHistory } from '../components/coordinator/AttendanceHistory.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import { activityTypes, type ParticipantDetail } from '../people-types.js';
import type { Municipality, Service } from '../types.js';
import '../people.css';

/** One participant: code, details (if the viewer may see them), recruitment, groups, and the privacy panel. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { participantId } = useParams();
  const location = useLocation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const participant = useApi<ParticipantDetail>(`${base}/participants/${participantId}`);
  const municipalities = useApi<Municipality[]>(`${base}/municipalities`);
  const p = participant.data;
  const services = useApi<Service[]>(p ? `${base}/municipalities/${p.municipalityId}/services` : null);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>((location.state as { created?: string } | null)?.created ? t('people.created', { code: (location.state as { created: string }).created }) : null);
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (!p) return <div className="page"><LoadState error={participant.error} /></div>;

  const canEdit = p.canEdit && !archived;
  const recruited = chosen ?? new Set(p.activityTypes);
  const municipalityName = municipalities.data?.find((m) => m.id === p.municipalityId)?.name ?? '';
  const serviceName = services.data?.find((s) => s.id === p.serviceId)?.name;
  const title = p.identityHidden || !p.name ? p.code : `${p.name} (${p.code})`;
  const saveRecruitment = async () => {
    setError(null);
    try {
      await api(`${base}/participants/${p.id}/recruitments`, { method: 'PUT', body: { activityTypes: [...recruited] } });
      setStatus(t('people.saved'));
      setChosen(null);
      participant.reload();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const details: [string, string][] = [
    [t('people.code'), p.code],
    [t('people.municipality'), municipalityName],
    [t('people.service'), serviceName ?? t('people.noService')],
    [t('people.role'), t(`people.roles.${p.role}`)],
    ...(!p.identityHidden
      ? ([[t('people.subRole'), p.subRole ?? '–'], [t('people.email'), p.email ?? '–'], [t('people.phone'), p.phone ?? '–']] as [string, string][])
      : []),
    [t('people.language'), t(`lang.${p.language}`)],
  ];

  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }, { label: p.code, to: `${base}/people/${p.id}` }]} />
      <PeopleTabs />
      <StatusMessage message={status} />
      {p.identityHidden ? <Alert data-color="info"><Paragraph>{t('people.codesOnly')}</Paragraph></Alert> : null}
      <section aria-labelledby="details-heading" className="section">
        <Heading level={2} data-size="sm" id="details-heading">{t('people.details')}</Heading>
        {editing && municipalities.data ? (
          <Card className="form-card">
            <ParticipantForm
              programmeId={programme.id}
              municipalities={municipalities.data}
              initial={p}
              submitLabel={t('people.save')}
              onCancel={() => setEditing(false)}
              onSubmit={async (values) => {
                await api(`${base}/participants/${p.id}`, { method: 'PATCH', body: participantBody(values, { withMunicipality: values.municipalityId !== p.municipalityId }) });
                setEditing(false);
                setStatus(t('people.saved'));
                participant.reload();
              }}
            />
          </Card>
        ) : (
          <>
            <dl className="detail-list">
              {details.map(([k, v]) => (
                <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
              ))}
            </dl>
            {canEdit ? <Button variant="secondary" onClick={() => { setStatus(null); setEditing(true); }}>{t('people.edit')}</Button> : null}
          </>
        )}
      </section>
      <section aria-labelledby="recruitment-heading" className="section">
        <Heading level={2} data-size="sm" id="recruitment-heading">{t('people.recruitment')}</Heading>
        {canEdit ? (
          <Fieldset>
            <Fieldset.Legend>{t('people.recruitmentHint')}</Fieldset.Legend>
            {activityTypes.map((a) => (
              <Checkbox key={a} label={t(`recruitment.activityTypes.${a}`)} value={a} checked={recruited.has(a)}
                onChange={() => { const n = new Set(recruited); if (n.has(a)) n.delete(a); else n.add(a); setChosen(n); }} />
            ))}
            <div><Button variant="secondary" onClick={saveRecruitment} disabled={!chosen}>{t('people.saveRecruitment')}</Button></div>
          </Fieldset>
        ) : p.activityTypes.length ? (
          <ul>{p.activityTypes.map((a) => <li key={a}>{t(`recruitment.activityTypes.${a}`)}</li>)}</ul>
        ) : <Paragraph>{t('people.noRecruitment')}</Paragraph>}
        {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      </section>
      <section aria-labelledby="groups-heading" className="section">
        <Heading level={2} data-size="sm" id="groups-heading">{t('people.groups')}</Heading>
        {p.groups.length ? (
          <ul>{p.groups.map((g) => <li key={g.groupId}>{g.groupName} – {t(`groups.memberRoles.${g.role}`)}</li>)}</ul>
        ) : <Paragraph>{t('people.noGroups')}</Paragraph>}
      </section>
      <AttendanceHistory programmeId={programme.id} participantId={p.id} />
      <ParticipantPrivacyPanel participant={p} programmeId={programme.id} />
    </div>
  );
}
