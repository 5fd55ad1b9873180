import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { Activity } from '../../activities-types.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import type { Participant } from '../../people-types.js';
import { ProblemAlert } from '../activities/ProblemAlert.js';
import { useSectionAction } from '../activities/sections/useSectionAction.js';
import type { CodesignGroup, Course } from './course-types.js';
import { WorkshopCard } from './WorkshopCard.js';
import '../../course.css';

/** Co-design groups, one per target area, with their workshops: ideas, storyboard, photos, decisions and action plan. */
export function CodesignGroupsPage() {
  const { t } = useTranslation();
  const { programme, archived } = useProgramme();
  const base = `/programmes/${programme.id}/codesign/groups`;
  const groups = useApi<CodesignGroup[]>(base);
  const course = useApi<Course>(`/programmes/${programme.id}/codesign/course`);
  const mayWrite = !archived && programme.myRoles.some((r) => ['admin', 'coordinator', 'facilitator'].includes(r));
  const plan = useApi<{ activities: Activity[] }>(mayWrite ? `/programmes/${programme.id}/activities` : null);
  const people = useApi<Participant[]>(mayWrite ? `/programmes/${programme.id}/participants` : null);
  const { error, run } = useSectionAction(groups.reload);
  const [targetAreaId, setTargetAreaId] = useState('');
  const [linking, setLinking] = useState<Record<string, string>>({});
  if (!groups.data) return <LoadState error={groups.error} />;
  const workshops = (plan.data?.activities ?? []).filter((a) => a.typeKey === 'codesign_workshop');
  const areas = course.data?.targetAreas ?? [];

  return (
    <section className="course-page" aria-labelledby="groups-heading">
      <Heading level={2} data-size="md" id="groups-heading">{t('course.groups.heading')}</Heading>
      <Paragraph>{t('course.groups.intro')}</Paragraph>
      <ProblemAlert error={error} />
      {mayWrite ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); run(async () => { await api(base, { method: 'POST', body: { targetAreaId } }); setTargetAreaId(''); }); }}>
          <SelectField id="group-target-area" label={t('course.groups.targetArea')} value={targetAreaId} onChange={setTargetAreaId}>
            <option value="">–</option>
            {areas.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
          </SelectField>
          <Button type="submit" disabled={!targetAreaId}>{t('course.groups.create')}</Button>
        </form>
      ) : null}
      {groups.data.length === 0 ? <Paragraph>{t('course.groups.empty')}</Paragraph> : null}
      {groups.data.map((g) => (
        <Card key={g.id} data-testid="codesign-group">
          <Heading level={3} data-size="sm">{g.name}</Heading>
          <Paragraph>
            {t('course.groups.targetArea')}: {g.targetArea.title} · {t('course.groups.members', { count: g.members.length })} ·{' '}
            <Link to={`/programmes/${programme.id}/people/groups`}>{t('course.groups.manageMembers')}</Link>
          </Paragraph>
          <Heading level={4} data-size="xs">{t('course.groups.workshops')}</Heading>
          {g.workshops.length === 0 ? <Paragraph>{t('course.groups.noWorkshops')}</Paragraph> : null}
          {g.workshops.map((w) => (
            <WorkshopCard key={w.activity.id} programmeId={programme.id} group={g} workshop={w} people={people.data ?? []} mayWrite={mayWrite} run={run} />
          ))}
          {mayWrite ? (
            <form className="inline-form" onSubmit={(e) => { e.preventDefault(); run(async () => { await api(`${base}/${g.id}/workshops`, { method: 'POST', body: { activityId: linking[g.id] } }); setLinking({ ...linking, [g.id]: '' }); }); }}>
              <SelectField id={`link-workshop-${g.id}`} label={t('course.groups.workshop')} value={linking[g.id] ?? ''} onChange={(v) => setLinking({ ...linking, [g.id]: v })}>
                <option value="">–</option>
                {workshops.filter((a) => !g.workshops.some((w) => w.activity.id === a.id)).map((a) => <option key={a.id} value={a.id}>{a.name || a.title}</option>)}
              </SelectField>
              <Button type="submit" variant="secondary" disabled={!linking[g.id]}>{t('course.groups.linkWorkshop')}</Button>
            </form>
          ) : null}
        </Card>
      ))}
    </section>
  );
}
