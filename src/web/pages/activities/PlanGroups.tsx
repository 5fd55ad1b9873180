import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Activity, ActivityPlan } from '../../activities-types.js';
import { SelectField } from '../../components/SelectField.js';
import { PlanTable } from './PlanTable.js';

type GroupBy = 'municipality' | 'stage';
const startOf = (a: Activity) => Date.parse(a.startsAt!);

/**
 * The plan as a coordinator reads it: scheduled activities in time order, grouped by municipality
 * (the programme-wide ones first, so a filter never hides them) or by stage (the activity type, in the
 * order the plan reaches it); what has no date yet is listed apart, below.
 */
export function PlanGroups({ plan, activities, lanes, warned, highlight }: {
  plan: ActivityPlan; activities: Activity[]; lanes: { id: string | null; name: string }[]; warned: Set<string>; highlight?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const [groupBy, setGroupBy] = useState<GroupBy>('municipality');
  const scheduled = activities.filter((a) => a.startsAt).sort((a, b) => startOf(a) - startOf(b));
  const unscheduled = activities.filter((a) => !a.startsAt);
  const typeName = (key: string) => plan.types.find((ty) => ty.key === key)?.labels[lang] ?? t('coordinator.timeline.otherStage');
  const stages = [...new Set(scheduled.map((a) => a.typeKey))];
  const groups = groupBy === 'municipality'
    ? lanes.map((lane) => ({ key: lane.id ?? 'programme', title: lane.name, items: scheduled.filter((a) => a.municipalityId === lane.id) }))
    : stages.map((key) => ({ key, title: typeName(key), items: scheduled.filter((a) => a.typeKey === key) }));
  return (
    <div className="plan-groups" data-testid="plan-groups">
      <SelectField id="plan-group-by" label={t('coordinator.timeline.groupBy')} value={groupBy} onChange={(v) => setGroupBy(v as GroupBy)}>
        <option value="municipality">{t('coordinator.timeline.byMunicipality')}</option>
        <option value="stage">{t('coordinator.timeline.byStage')}</option>
      </SelectField>
      {groups.filter((g) => g.items.length > 0).map((g) => (
        <section key={g.key} aria-labelledby={`plan-group-${g.key}`} data-testid="plan-group" data-group={g.key}>
          <Heading level={3} data-size="2xs" id={`plan-group-${g.key}`}>{g.title} <span className="muted">({t('coordinator.timeline.count', { count: g.items.length })})</span></Heading>
          <PlanTable plan={plan} activities={g.items} warned={warned} caption={t('coordinator.timeline.groupCaption', { group: g.title })} highlight={highlight} />
        </section>
      ))}
      {scheduled.length === 0 ? <Paragraph>{t('coordinator.timeline.noneScheduled')}</Paragraph> : null}
      {unscheduled.length > 0 ? (
        <section aria-labelledby="plan-unscheduled" data-testid="unscheduled-activities">
          <Heading level={3} data-size="2xs" id="plan-unscheduled">{t('activities.timeline.unscheduled')} <span className="muted">({t('coordinator.timeline.count', { count: unscheduled.length })})</span></Heading>
          <PlanTable plan={plan} activities={unscheduled} warned={warned} caption={t('coordinator.timeline.unscheduledCaption')} highlight={highlight} />
        </section>
      ) : null}
    </div>
  );
}
