import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import type { Activity, ActivityPlan } from '../../activities-types.js';
import { ProblemAlert } from './ProblemAlert.js';
import { SelectField } from '../../components/SelectField.js';

/**
 * One activity outside the template (e.g. an extra work meeting or a programme's own type). Opened from
 * the button at the top of the plan, it takes focus at its first field; `onAdded` gets the new activity
 * so the page can say what happened and where it went.
 */
export function AddActivityForm({ programmeId, plan, onAdded, onCancel }: { programmeId: string; plan: ActivityPlan; onAdded(activity: Activity): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState({ typeKey: '', municipalityId: '', title: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const first = useRef<HTMLDivElement>(null);
  useEffect(() => {
    first.current?.querySelector('select')?.focus();
  }, []);
  const submit = async () => {
    setError(null);
    try {
      const added = await api<Activity>(`/programmes/${programmeId}/activities`, { method: 'POST', body: { typeKey: values.typeKey, municipalityId: values.municipalityId || null, title: values.title || undefined } });
      setValues({ typeKey: '', municipalityId: '', title: '' });
      onAdded(added);
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  return (
    <Card className="form-card" data-testid="add-activity-form">
      <Heading level={2} data-size="xs" id="add-activity-heading">{t('activities.add.heading')}</Heading>
      <ProblemAlert error={error} />
      <form className="inline-form" aria-labelledby="add-activity-heading" onSubmit={(e) => { e.preventDefault(); if (values.typeKey) void submit(); }}>
        <div ref={first}>
          <SelectField id="add-activity-type" label={t('activities.add.type')} value={values.typeKey} onChange={(typeKey) => setValues((v) => ({ ...v, typeKey }))} error={error?.forField('typeKey')}>
            <option value="">{t('common.choose')}</option>
            {plan.types.map((ty) => <option key={ty.key} value={ty.key}>{ty.labels[lang] ?? ty.labels.nb}</option>)}
          </SelectField>
        </div>
        <SelectField id="add-activity-municipality" label={t('activities.add.municipality')} value={values.municipalityId} onChange={(municipalityId) => setValues((v) => ({ ...v, municipalityId }))}>
          <option value="">{t('activities.programmeWide')}</option>
          {plan.municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <Textfield id="add-activity-title" label={t('activities.add.title')} value={values.title} onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} />
        <div className="button-row">
          <Button type="submit" disabled={!values.typeKey} data-testid="add-activity-submit">{t('activities.add.button')}</Button>
          <Button type="button" variant="secondary" onClick={onCancel}>{t('coordinator.add.close')}</Button>
        </div>
      </form>
    </Card>
  );
}
