import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ActivityPlan } from '../../activities-types.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import type { Municipality } from '../../types.js';
import type { Touchpoint } from './types.js';

const roles = ['recipient', 'provider', 'leader'] as const;

/** A target area written by hand (when the meeting's board was on paper): its scope, source meeting, touchpoints and votes. */
export function TargetAreaForm({ programmeId, municipalities, plan, touchpoints, onCreated }: {
  programmeId: string; municipalities: Municipality[]; plan: ActivityPlan | undefined; touchpoints: Touchpoint[]; onCreated(message: string): void;
}) {
  const { t } = useTranslation();
  const empty = { title: '', description: '', scope: '', activityId: '', recipient: '', provider: '', leader: '' };
  const [v, setV] = useState(empty);
  const [tps, setTps] = useState<Set<string>>(new Set());
  const { submit, error, busy } = useFormSubmit(async () => {
    const counts = roles.map((r) => v[r].trim());
    const votes = counts.some(Boolean)
      ? [{ label: v.title, tally: { recipient: Number(counts[0] || 0), provider: Number(counts[1] || 0), leader: Number(counts[2] || 0), unknown: 0 } }]
      : undefined;
    await api(`/programmes/${programmeId}/codesign/target-areas`, {
      method: 'POST',
      body: { title: v.title, description: v.description, municipalityId: v.scope || null, activityId: v.activityId || null, touchpointIds: [...tps], votes },
    });
    setV(empty);
    setTps(new Set());
    onCreated(t('codesign.targetAreas.saved'));
  });
  const labels = { title: t('codesign.targetAreas.title'), description: t('codesign.targetAreas.description'), municipalityId: t('codesign.targetAreas.scope'), activityId: t('codesign.targetAreas.activity'), touchpointIds: t('codesign.targetAreas.touchpoints'), votes: t('codesign.targetAreas.votes') };
  const candidates = touchpoints.filter((tp) => !v.scope || tp.municipalityId === v.scope);
  const meetings = (plan?.activities ?? []).filter((a) => !v.scope || a.municipalityId === v.scope || a.municipalityId === null);
  return (
    <Card className="form-card">
      <Heading level={3} data-size="xs">{t('codesign.targetAreas.create')}</Heading>
      <form onSubmit={submit} noValidate data-testid="target-area-form">
        <FormErrors error={error} formId="target-area" labels={labels} headingLevel={3} />
        <Textfield id="target-area-title" label={labels.title} value={v.title} onChange={(e) => setV({ ...v, title: e.target.value })} error={error?.forField('title')} />
        <Textfield id="target-area-description" label={labels.description} value={v.description} onChange={(e) => setV({ ...v, description: e.target.value })} error={error?.forField('description')} />
        <div className="inline-form">
          <SelectField id="target-area-municipalityId" label={labels.municipalityId} value={v.scope} onChange={(scope) => setV({ ...v, scope, activityId: '' })} error={error?.forField('municipalityId')}>
            <option value="">{t('codesign.targetAreas.programmeWide')}</option>
            {municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
          </SelectField>
          <SelectField id="target-area-activityId" label={labels.activityId} value={v.activityId} onChange={(activityId) => setV({ ...v, activityId })} error={error?.forField('activityId')}>
            <option value="">{t('codesign.targetAreas.none')}</option>
            {meetings.map((a) => <option key={a.id} value={a.id}>{a.name || a.title}</option>)}
          </SelectField>
        </div>
        <Fieldset id="target-area-votes">
          <Fieldset.Legend>{t('codesign.targetAreas.manualVotes')}</Fieldset.Legend>
          <div className="inline-form">
            {roles.map((r) => (
              <Textfield key={r} id={`target-area-votes-${r}`} type="number" min={0} inputMode="numeric" label={t(`codesign.rolesPlural.${r}`)} value={v[r]} onChange={(e) => setV({ ...v, [r]: e.target.value })} />
            ))}
          </div>
        </Fieldset>
        {candidates.length ? (
          <Fieldset id="target-area-touchpointIds">
            <Fieldset.Legend>{t('codesign.targetAreas.linkTouchpoints')}</Fieldset.Legend>
            {candidates.map((tp) => (
              <Checkbox key={tp.id} value={tp.id} checked={tps.has(tp.id)} label={`${t(`codesign.roles.${tp.role}`)} · ${tp.emotionLabel}: «${tp.quote.text.slice(0, 100)}»`}
                onChange={(e) => setTps((s) => { const n = new Set(s); if (e.target.checked) n.add(tp.id); else n.delete(tp.id); return n; })} />
            ))}
          </Fieldset>
        ) : null}
        <div className="button-row"><Button type="submit" loading={busy}>{t('codesign.targetAreas.save')}</Button></div>
      </form>
    </Card>
  );
}
