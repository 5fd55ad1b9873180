import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ActivityPlan } from '../../activities-types.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { LoadState } from '../../components/LoadState.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { Municipality } from '../../types.js';
import { mayFacilitate } from './filters.js';
import { FromBoardPanel } from './FromBoardPanel.js';
import { TargetAreaCard } from './TargetAreaCard.js';
import { TargetAreaForm } from './TargetAreaForm.js';
import type { TargetAreaList, Touchpoint } from './types.js';

/** Target areas per municipality and for the programme, each with what lies behind it; facilitators make new ones. */
export function TargetAreasPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/codesign`;
  const list = useApi<TargetAreaList>(`${base}/target-areas`);
  const writer = mayFacilitate(programme.myRoles);
  const municipalities = useApi<Municipality[]>(`/programmes/${programme.id}/municipalities`);
  const plan = useApi<ActivityPlan>(writer ? `/programmes/${programme.id}/activities` : null);
  const touchpoints = useApi<Touchpoint[]>(writer ? `${base}/touchpoints` : null);
  const [status, setStatus] = useState<string | null>(null);
  const changed = (message: string) => {
    setStatus(message);
    list.reload();
  };
  const [removing, setRemoving] = useState<{ id: string; title: string } | null>(null);
  const removeNow = async () => {
    await api(`${base}/target-areas/${removing!.id}`, { method: 'DELETE' });
    setRemoving(null);
    changed(t('codesign.targetAreas.removed'));
  };
  const groups = new Map<string, TargetAreaList['targetAreas']>();
  for (const a of list.data?.targetAreas ?? []) {
    const key = a.municipalityName ?? t('codesign.targetAreas.programmeWide');
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return (
    <>
      <Heading level={2} data-size="sm">{t('codesign.targetAreas.heading')}</Heading>
      <Paragraph>{t('codesign.targetAreas.intro')}</Paragraph>
      <StatusMessage message={status} />
      {writer ? <FromBoardPanel programmeId={programme.id} onCreated={changed} /> : null}
      {!list.data ? <LoadState error={list.error} /> : list.data.targetAreas.length === 0 ? <Paragraph>{t('codesign.targetAreas.empty')}</Paragraph> : (
        [...groups].map(([name, areas]) => (
          <section key={name} aria-label={name} className="target-area-group">
            <Heading level={3} data-size="xs">{name}</Heading>
            <div className="target-area-grid">
              {areas.map((a) => <TargetAreaCard key={a.id} area={a} base={base} headingLevel={4} onDelete={writer ? () => setRemoving(a) : undefined} />)}
            </div>
          </section>
        ))
      )}
      {writer && municipalities.data && touchpoints.data ? (
        <TargetAreaForm programmeId={programme.id} municipalities={municipalities.data} plan={plan.data} touchpoints={touchpoints.data} onCreated={changed} />
      ) : null}
      <ConfirmDialog open={removing !== null} title={t('codesign.targetAreas.remove')} message={removing?.title ?? ''} confirmLabel={t('codesign.targetAreas.remove')} onConfirm={removeNow} onClose={() => setRemoving(null)} />
    </>
  );
}
