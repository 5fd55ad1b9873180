import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { SelectField } from '../../../components/SelectField.js';
import { formatDate } from '../../../format.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useSectionAction } from './useSectionAction.js';

const empty = { kind: 'follow_up', text: '', owner: '', dueOn: '' };

/** Decisions and follow-up points (owner, due date); open follow-up points go on the next meetings' agendas. */
export function DecisionsSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t, i18n } = useTranslation();
  const path = `/programmes/${programmeId}/activities/${detail.activity.id}/decisions`;
  const [values, setValues] = useState(empty);
  const { error, run } = useSectionAction(reload);
  const editable = detail.mayWrite && !archived;
  const set = (key: keyof typeof empty) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return (
    <Card data-testid="decisions-section">
      <Heading level={2} data-size="xs">{t('activities.decisions.heading')}</Heading>
      <ProblemAlert error={error} />
      {detail.decisions.length === 0 ? <Paragraph>{t('activities.decisions.empty')}</Paragraph> : (
        <ul className="plain-list">
          {detail.decisions.map((d) => (
            <li key={d.id}>
              <span>
                <Tag data-color={d.kind === 'decision' ? 'info' : 'warning'}>{t(`activities.decisions.kinds.${d.kind}`)}</Tag>{' '}
                {d.text}{d.owner ? ` – ${d.owner}` : ''}{d.dueOn ? `, ${t('activities.decisions.dueOn')} ${formatDate(d.dueOn, i18n.language)}` : ''}
                {d.kind === 'follow_up' ? ` (${d.closedAt ? t('activities.decisions.closed') : t('activities.decisions.open')})` : ''}
              </span>
              {editable ? (
                <span>
                  {d.kind === 'follow_up' ? <Button variant="secondary" data-size="sm" onClick={() => run(() => api(`${path}/${d.id}`, { method: 'PATCH', body: { closed: !d.closedAt } }))}>{d.closedAt ? t('activities.decisions.reopen') : t('activities.decisions.close')}</Button> : null}
                  <Button variant="tertiary" data-size="sm" aria-label={`${t('activities.decisions.remove')}: ${d.text}`} onClick={() => run(() => api(`${path}/${d.id}`, { method: 'DELETE' }))}>{t('activities.decisions.remove')}</Button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className="inline-form">
          <SelectField id="decision-kind" label={t('activities.decisions.kind')} value={values.kind} onChange={set('kind')}>
            <option value="follow_up">{t('activities.decisions.kinds.follow_up')}</option>
            <option value="decision">{t('activities.decisions.kinds.decision')}</option>
          </SelectField>
          <Textfield id="decision-text" label={t('activities.decisions.text')} value={values.text} onChange={(e) => set('text')(e.target.value)} />
          <Textfield id="decision-owner" label={t('activities.decisions.owner')} value={values.owner} onChange={(e) => set('owner')(e.target.value)} />
          <Textfield id="decision-due" type="date" label={t('activities.decisions.dueOn')} value={values.dueOn} onChange={(e) => set('dueOn')(e.target.value)} />
          <Button disabled={!values.text.trim()} onClick={() => run(async () => {
            await api(path, { method: 'POST', body: { kind: values.kind, text: values.text, owner: values.owner, dueOn: values.dueOn || null } });
            setValues(empty);
          })}>{t('activities.decisions.add')}</Button>
        </div>
      ) : null}
    </Card>
  );
}
