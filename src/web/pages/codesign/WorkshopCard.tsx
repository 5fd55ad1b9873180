import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading, Label, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { SelectField } from '../../components/SelectField.js';
import { formatDate, formatDateTime } from '../../format.js';
import type { Participant } from '../../people-types.js';
import type { CodesignGroup } from './course-types.js';

type Workshop = CodesignGroup['workshops'][number];
type Item = Workshop['items'][number];

interface Props {
  programmeId: string;
  group: CodesignGroup;
  workshop: Workshop;
  people: Participant[];
  mayWrite: boolean;
  run(action: () => Promise<unknown>): Promise<void>;
}

/** One workshop of a co-design group: ideas, storyboard steps, photos of the board, and the activity's decisions and action plan. */
export function WorkshopCard({ programmeId, group, workshop, people, mayWrite, run }: Props) {
  const { t, i18n } = useTranslation();
  const base = `/programmes/${programmeId}/codesign/groups/${group.id}`;
  const { activity } = workshop;
  const credit = (c: Item['credit']) => (c ? ` – ${c.name ?? t('course.groups.credit', { role: t(`people.roles.${c.role}`), code: c.code })}` : '');
  const list = (kind: Item['kind']) => workshop.items.filter((i) => i.kind === kind);
  const remove = (i: Item) => mayWrite ? <Button variant="tertiary" data-size="sm" aria-label={`${t('course.groups.remove')}: ${i.text || i.id}`} onClick={() => run(() => api(`${base}/items/${i.id}`, { method: 'DELETE' }))}>{t('course.groups.remove')}</Button> : null;
  const key = `${group.id}-${activity.id}`;
  return (
    <div className="workshop" data-testid="workshop">
      <Heading level={5} data-size="2xs">
        {activity.title}{activity.startsAt ? ` (${formatDateTime(activity.startsAt, i18n.language)})` : ''}
      </Heading>
      <Paragraph data-size="sm"><Link to={`/programmes/${programmeId}/activities/${activity.id}`}>{t('course.groups.openActivity')}</Link></Paragraph>
      {(['idea', 'storyboard_step'] as const).map((kind) => (
        <div key={kind}>
          <Heading level={6} data-size="2xs">{kind === 'idea' ? t('course.groups.ideas') : t('course.groups.storyboard')}</Heading>
          {list(kind).length === 0 ? <Paragraph data-size="sm">{t('course.groups.noItems')}</Paragraph> : (
            <ol className="plain-list">{list(kind).map((i) => <li key={i.id}><span>{kind === 'storyboard_step' ? `${i.position}. ` : ''}{i.text}{credit(i.credit)}</span>{remove(i)}</li>)}</ol>
          )}
          {mayWrite ? <AddItem id={`${key}-${kind}`} people={people} label={kind === 'idea' ? t('course.groups.addIdea') : t('course.groups.addStep')} onAdd={(text, participantId) => run(() => api(`${base}/items`, { method: 'POST', body: { activityId: activity.id, kind, text, participantId: participantId || null } }))} /> : null}
        </div>
      ))}
      <Heading level={6} data-size="2xs">{t('course.groups.photos')}</Heading>
      {list('board_photo').length === 0 ? <Paragraph data-size="sm">{t('course.groups.noItems')}</Paragraph> : (
        <ul className="plain-list">
          {list('board_photo').map((i) => (
            <li key={i.id}>
              <figure><img className="workshop-photo" src={`/api/v1${base}/items/${i.id}/photo`} alt={i.text || t('course.groups.photos')} width={320} />{i.text ? <figcaption>{i.text}</figcaption> : null}</figure>
              {remove(i)}
            </li>
          ))}
        </ul>
      )}
      {mayWrite ? (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); const form = e.currentTarget; const data = new FormData(form); data.set('activityId', activity.id); run(async () => { await api(`${base}/photos`, { method: 'POST', body: data }); form.reset(); }); }}>
          <div><Label htmlFor={`${key}-photo`}>{t('course.groups.photo')}</Label><input id={`${key}-photo`} name="file" type="file" accept="image/png,image/jpeg" required /></div>
          <Textfield id={`${key}-caption`} name="text" label={t('course.groups.caption')} />
          <Button type="submit" variant="secondary">{t('course.groups.addPhoto')}</Button>
        </form>
      ) : null}
      <Heading level={6} data-size="2xs">{t('course.groups.decisions')}</Heading>
      {workshop.decisions.length === 0 ? <Paragraph data-size="sm">{t('course.groups.noItems')}</Paragraph> : (
        <ul className="plain-list">
          {workshop.decisions.map((d) => (
            <li key={d.id}>
              <span><Tag data-color={d.kind === 'decision' ? 'info' : 'warning'}>{t(`activities.decisions.kinds.${d.kind}`)}</Tag> {d.text}{d.owner ? ` – ${d.owner}` : ''}{d.dueOn ? `, ${formatDate(d.dueOn, i18n.language)}` : ''}{d.kind === 'follow_up' ? ` (${d.closed ? t('activities.decisions.closed') : t('activities.decisions.open')})` : ''}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AddItem({ id, label, people, onAdd }: { id: string; label: string; people: Participant[]; onAdd(text: string, participantId: string): Promise<void> }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [participantId, setParticipantId] = useState('');
  return (
    <form className="inline-form" onSubmit={(e) => { e.preventDefault(); onAdd(text, participantId).then(() => { setText(''); setParticipantId(''); }); }}>
      <Textfield id={`${id}-text`} className="grow" label={`${label}: ${t('course.groups.text')}`} value={text} onChange={(e) => setText(e.target.value)} required />
      <SelectField id={`${id}-who`} label={t('course.groups.contributor')} value={participantId} onChange={setParticipantId}>
        <option value="">{t('course.groups.nobody')}</option>
        {people.map((p) => <option key={p.id} value={p.id}>{p.name ? `${p.name} (${p.code})` : p.code}</option>)}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={!text.trim()}>{label}</Button>
    </form>
  );
}
