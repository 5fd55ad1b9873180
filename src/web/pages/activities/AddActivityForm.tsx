import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../../api.js';
import type { ActivityPlan } from '../../activities-types.js';
import { ProblemAlert } from './ProblemAlert.js';
import { SelectField } from '../../components/SelectField.js';

/** One activity outside the template (e.g. an extra work meeting or a programme's own type). */
export function AddActivityForm({ programmeId, plan, onAdded }: { programmeId: string; plan: ActivityPlan; onAdded(): void }) {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState({ typeKey: '', municipalityId: '', title: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const submit = async () => {
    setError(null);
    try {
      await api(`/programmes/${programmeId}/activities`, { method: 'POST', body: { typeKey: values.typeKey, municipalityId: values.municipalityId || null, title: values.title || undefined } });
      setValues({ typeKey: '', municipalityId: '', title: '' });
      onAdded();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, String(e)));
    }
  };
  return (
    <Card className="form-card">
      <Heading level={2} data-size="xs">{t('activities.add.heading')}</Heading>
      <ProblemAlert error={error} />
      <div className="inline-form">
        <SelectField id="add-activity-type" label={t('activities.add.type')} value={values.typeKey} onChange={(typeKey) => setValues((v) => ({ ...v, typeKey }))} error={error?.forField('typeKey')}>
          <option value="">{t('common.choose')}</option>
          {plan.types.map((ty) => <option key={ty.key} value={ty.key}>{ty.labels[lang] ?? ty.key}</option>)}
        </SelectField>
        <SelectField id="add-activity-municipality" label={t('activities.add.municipality')} value={values.municipalityId} onChange={(municipalityId) => setValues((v) => ({ ...v, municipalityId }))}>
          <option value="">{t('activities.programmeWide')}</option>
          {plan.municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
        </SelectField>
        <Textfield id="add-activity-title" label={t('activities.add.title')} value={values.title} onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))} />
        <Button disabled={!values.typeKey} onClick={submit}>{t('activities.add.button')}</Button>
      </div>
    </Card>
  );
}
