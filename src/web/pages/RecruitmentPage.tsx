import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { LoadState } from '../components/LoadState.js';
import { PageHeader } from '../components/PageHeader.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { RecruitmentTable } from '../components/RecruitmentTable.js';
import { SelectField } from '../components/SelectField.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { useApi } from '../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import { activityTypes, participantRoles, type RecruitmentOverview } from '../people-types.js';
import '../people.css';

/** Target vs recruited vs consented, in total or for one municipality; coordinators apply the plan and set targets. */
export function RecruitmentPage() {
  const { t } = useTranslation();
  const { programme, canManage, archived } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const overview = useApi<RecruitmentOverview>(`${base}/recruitment/overview`);
  const [municipalityId, setMunicipalityId] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [target, setTarget] = useState({ activityType: '', role: '', municipalityId: '', target: '' });
  const data = overview.data;
  const mayEdit = canManage && !archived;
  const run = async (action: () => Promise<string>) => {
    setError(null);
    try { setStatus(await action()); overview.reload(); } catch (e) { setStatus(null); setError((e as Error).message); }
  };
  const cells = data?.cells.filter((c) => c.municipalityId === (municipalityId || null)) ?? [];
  const scopeName = municipalityId ? data?.municipalities.find((m) => m.id === municipalityId)?.name ?? '' : t('recruitment.allMunicipalities');

  return (
    <div className="page">
      <PageHeader title={t('recruitment.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }, { label: t('recruitment.title'), to: `${base}/people/recruitment` }]} />
      <PeopleTabs />
      <Paragraph>{t('recruitment.intro')}</Paragraph>
      <StatusMessage message={status} />
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      {!data ? <LoadState error={overview.error} /> : (
        <div data-testid="recruitment-overview" className="page">
          {data.suppressing ? <Alert data-color="info"><Paragraph>{t('recruitment.suppressedNote', { n: data.threshold })}</Paragraph></Alert> : null}
          <div className="filters">
            <SelectField id="recruitment-municipality" label={t('recruitment.municipality')} value={municipalityId} onChange={setMunicipalityId}>
              <option value="">{t('recruitment.allMunicipalities')}</option>
              {data.municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
            </SelectField>
            {mayEdit && programme.kind === 'codesign' ? (
              <Button variant="secondary" onClick={() => run(async () => t('recruitment.planApplied', { count: (await api<{ created: number }>(`${base}/recruitment/targets/apply-plan`, { method: 'POST' })).created }))}>{t('recruitment.applyPlan')}</Button>
            ) : null}
          </div>
          {cells.length === 0 ? <Paragraph>{t('recruitment.noTargets')}</Paragraph> : <RecruitmentTable cells={cells} threshold={data.threshold} caption={scopeName} />}
          {mayEdit ? (
            <Card className="form-card">
              <Heading level={2} data-size="xs">{t('recruitment.editTargets')}</Heading>
              <div className="inline-form">
                <SelectField id="target-activity" label={t('recruitment.activity')} value={target.activityType} onChange={(v) => setTarget((s) => ({ ...s, activityType: v }))}>
                  <option value="">{t('common.choose')}</option>
                  {activityTypes.map((a) => <option key={a} value={a}>{t(`recruitment.activityTypes.${a}`)}</option>)}
                </SelectField>
                <SelectField id="target-role" label={t('recruitment.role')} value={target.role} onChange={(v) => setTarget((s) => ({ ...s, role: v }))}>
                  <option value="">{t('common.choose')}</option>
                  {participantRoles.map((r) => <option key={r} value={r}>{t(`people.roles.${r}`)}</option>)}
                </SelectField>
                <SelectField id="target-municipality" label={t('recruitment.municipality')} value={target.municipalityId} onChange={(v) => setTarget((s) => ({ ...s, municipalityId: v }))}>
                  <option value="">{t('recruitment.allMunicipalities')}</option>
                  {data.municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
                </SelectField>
                <Textfield id="target-number" label={t('recruitment.target')} type="number" min={0} value={target.target} onChange={(e) => setTarget((s) => ({ ...s, target: e.target.value }))} />
                <Button disabled={!target.activityType || !target.role || target.target === ''}
                  onClick={() => run(async () => { await api(`${base}/recruitment/targets`, { method: 'PUT', body: { activityType: target.activityType, role: target.role, municipalityId: target.municipalityId || null, target: Number(target.target) } }); return t('recruitment.targetSaved'); })}>
                  {t('recruitment.setTarget')}
                </Button>
              </div>
            </Card>
          ) : null}
        </div>
      )}
    </div>
  );
}
