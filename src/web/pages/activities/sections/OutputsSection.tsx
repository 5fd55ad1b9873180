import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../../api.js';
import type { SectionProps } from '../../../activities-types.js';
import { SelectField } from '../../../components/SelectField.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { useSectionAction } from './useSectionAction.js';

const kinds = ['priority_list', 'training_material', 'evaluation_forms', 'other'] as const;
const empty = { kind: 'training_material', title: '', serviceId: '', items: '' };

/** Results the activity produced: a service's priority areas, co-developed training material … (engagement indicators). */
export function OutputsSection({ programmeId, detail, reload, archived }: SectionProps) {
  const { t } = useTranslation();
  const path = `/programmes/${programmeId}/activities/${detail.activity.id}/outputs`;
  const [values, setValues] = useState(empty);
  const { error, run } = useSectionAction(reload);
  const editable = detail.mayWrite && !archived;
  const serviceName = (id: string | null) => detail.services.find((s) => s.id === id)?.name;
  return (
    <Card data-testid="outputs-section">
      <Heading level={2} data-size="xs">{t('activities.outputs.heading')}</Heading>
      <ProblemAlert error={error} />
      {detail.outputs.length === 0 ? <Paragraph>{t('activities.outputs.empty')}</Paragraph> : (
        <ul className="plain-list">
          {detail.outputs.map((o) => (
            <li key={o.id}>
              <span>{t(`activities.outputs.kinds.${o.kind}`)}: {o.title}{o.serviceId ? ` (${serviceName(o.serviceId) ?? ''})` : ''}{o.items.length ? ` – ${o.items.join('; ')}` : ''}</span>
              {editable ? <Button variant="tertiary" data-size="sm" aria-label={`${t('activities.outputs.remove')}: ${o.title}`} onClick={() => run(() => api(`${path}/${o.id}`, { method: 'DELETE' }))}>{t('activities.outputs.remove')}</Button> : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <div className="inline-form">
          <SelectField id="output-kind" label={t('activities.outputs.kind')} value={values.kind} onChange={(kind) => setValues((v) => ({ ...v, kind }))}>
            {kinds.map((k) => <option key={k} value={k}>{t(`activities.outputs.kinds.${k}`)}</option>)}
          </SelectField>
          <Textfield id="output-title" label={t('activities.outputs.title')} value={values.title} onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} />
          {detail.services.length ? (
            <SelectField id="output-service" label={t('activities.outputs.service')} value={values.serviceId} onChange={(serviceId) => setValues((v) => ({ ...v, serviceId }))}>
              <option value="">–</option>
              {detail.services.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </SelectField>
          ) : null}
          <Textfield id="output-items" multiline rows={3} label={t('activities.outputs.items')} value={values.items} onChange={(e) => setValues((v) => ({ ...v, items: e.target.value }))} />
          <Button disabled={!values.title.trim()} onClick={() => run(async () => {
            await api(path, { method: 'POST', body: { kind: values.kind, title: values.title, serviceId: values.serviceId || null, items: values.items.split('\n').map((i) => i.trim()).filter(Boolean) } });
            setValues(empty);
          })}>{t('activities.outputs.add')}</Button>
        </div>
      ) : null}
    </Card>
  );
}
