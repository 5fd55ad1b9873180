import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ActivityType } from '../../activities-types.js';
import { SelectField } from '../../components/SelectField.js';
import { ProblemAlert } from './ProblemAlert.js';

/** Changes a type's defaults (the programme's copy of a built-in type, or its own). */
export function EditTypeForm({ programmeId, types, onSaved }: { programmeId: string; types: ActivityType[]; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as 'nb' | 'nn' | 'en';
  const [typeId, setTypeId] = useState('');
  const [values, setValues] = useState({ duration: '', mode: 'physical', recorded: false, capacity: '' });
  const [error, setError] = useState<unknown>(null);
  const tt = (k: string) => t(`activities.types.${k}`);
  const choose = (id: string) => {
    setTypeId(id);
    const ty = types.find((x) => x.id === id);
    if (ty) setValues({ duration: String(ty.defaultDurationMinutes), mode: ty.mode, recorded: ty.recorded, capacity: ty.defaultCapacity === null ? '' : String(ty.defaultCapacity) });
  };
  const save = async () => {
    setError(null);
    try {
      await api(`/programmes/${programmeId}/activity-types/${typeId}`, { method: 'PATCH', body: { defaultDurationMinutes: Number(values.duration), mode: values.mode, recorded: values.recorded, defaultCapacity: values.capacity ? Number(values.capacity) : null } });
      onSaved();
    } catch (e) { setError(e); }
  };
  return (
    <Card className="form-card">
      <Heading level={2} data-size="xs">{tt('edit')}</Heading>
      <ProblemAlert error={error} />
      <div className="inline-form">
        <SelectField id="edit-type" label={tt('label')} value={typeId} onChange={choose}>
          <option value="">{t('common.choose')}</option>
          {types.map((ty) => <option key={ty.id} value={ty.id}>{ty.labels[lang]}</option>)}
        </SelectField>
        {typeId ? <>
          <Textfield id="edit-type-duration" type="number" min={5} label={tt('duration')} value={values.duration} onChange={(e) => setValues((v) => ({ ...v, duration: e.target.value }))} />
          <SelectField id="edit-type-mode" label={tt('mode')} value={values.mode} onChange={(mode) => setValues((v) => ({ ...v, mode }))}>
            {['physical', 'digital', 'hybrid'].map((m) => <option key={m} value={m}>{t(`activities.modes.${m}`)}</option>)}
          </SelectField>
          <Textfield id="edit-type-capacity" type="number" min={1} label={tt('capacity')} value={values.capacity} onChange={(e) => setValues((v) => ({ ...v, capacity: e.target.value }))} />
          <Checkbox id="edit-type-recorded" label={tt('recorded')} checked={values.recorded} onChange={(e) => setValues((v) => ({ ...v, recorded: e.target.checked }))} />
          <Button onClick={save}>{t('common.save')}</Button>
        </> : null}
      </div>
    </Card>
  );
}
