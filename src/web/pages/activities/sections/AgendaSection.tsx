import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { formatDate } from '../../../format.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useSectionAction } from './useSectionAction.js';

/** The agenda: own items, then open follow-up points from earlier meetings of the series (closable here). */
export function AgendaSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t, i18n } = useTranslation();
  const a = detail.activity;
  const path = `/programmes/${programmeId}/activities/${a.id}`;
  const [title, setTitle] = useState('');
  const [minutes, setMinutes] = useState('');
  const { error, run } = useSectionAction(reload);
  const editable = detail.mayWrite && !archived;
  return (
    <Card data-testid="agenda-section">
      <Heading level={2} data-size="xs">{t('activities.agenda.heading')}</Heading>
      <ProblemAlert error={error} />
      {detail.agenda.items.length === 0 && detail.agenda.carried.length === 0 ? <Paragraph>{t('activities.agenda.empty')}</Paragraph> : null}
      <ol className="plain-list">
        {detail.agenda.items.map((item) => (
          <li key={item.id}>
            <span>{item.title}{item.durationMinutes ? ` (${t('activities.detail.durationValue', { minutes: item.durationMinutes })})` : ''}</span>
            {editable ? <Button variant="tertiary" data-size="sm" onClick={() => run(() => api(`${path}/agenda/${item.id}`, { method: 'DELETE' }))} aria-label={`${t('activities.agenda.remove')}: ${item.title}`}>{t('activities.agenda.remove')}</Button> : null}
          </li>
        ))}
      </ol>
      {detail.agenda.carried.length ? (
        <section aria-labelledby="carried-heading" data-testid="carried-follow-ups">
          <Heading level={3} data-size="2xs" id="carried-heading">{t('activities.agenda.carried')}</Heading>
          <ul className="plain-list">
            {detail.agenda.carried.map((d) => (
              <li key={d.id}>
                <span>{d.text} – {d.owner}{d.dueOn ? `, ${formatDate(d.dueOn, i18n.language)}` : ''} ({d.raisedAtName})</span>
                {editable ? <Button variant="secondary" data-size="sm" onClick={() => run(() => api(`/programmes/${programmeId}/activities/${d.raisedAtActivityId}/decisions/${d.id}`, { method: 'PATCH', body: { closed: true, closedInActivityId: a.id } }))}>{t('activities.decisions.close')}</Button> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editable ? (
        <div className="inline-form">
          <Textfield id="agenda-title" label={t('activities.agenda.itemTitle')} value={title} onChange={(e) => setTitle(e.target.value)} />
          <Textfield id="agenda-minutes" type="number" min={1} label={t('activities.agenda.minutes')} value={minutes} onChange={(e) => setMinutes(e.target.value)} />
          <Button disabled={!title.trim()} onClick={() => run(async () => { await api(`${path}/agenda`, { method: 'POST', body: { title, durationMinutes: minutes ? Number(minutes) : null } }); setTitle(''); setMinutes(''); })}>{t('activities.agenda.add')}</Button>
        </div>
      ) : null}
    </Card>
  );
}
