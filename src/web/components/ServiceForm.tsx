import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { ApiError } from '../api.js';
import { serviceKinds, type Service, type ServiceKind } from '../types.js';
import { FormErrors } from './FormErrors.js';
import { SelectField } from './SelectField.js';
import { useFormSubmit } from '../hooks/useFormSubmit.js';
import { FormButtons } from './FormButtons.js';

export interface ServiceValues {
  name: string;
  kind: ServiceKind | '';
  description: string;
  committedToRecovery: boolean;
  offersMentalHealthSubstanceUse: boolean;
}

interface Props {
  formId: string;
  initial?: Service;
  submitLabel: string;
  /** Saves; an ApiError thrown here is shown next to the fields. */
  onSubmit(values: ServiceValues): Promise<void>;
  onCancel?(): void;
  /** Empty the form after a successful save (registering several services in a row). */
  resetOnSuccess?: boolean;
  'data-testid'?: string;
}

const empty: ServiceValues = { name: '', kind: '', description: '', committedToRecovery: false, offersMentalHealthSubstanceUse: false };

/** Name, kind, description and the two selection criteria of a service. */
export function ServiceForm({ formId, initial, submitLabel, onSubmit, onCancel, resetOnSuccess, ...rest }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ServiceValues>(initial ? { ...initial } : empty);
  const labels = {
    name: t('service.name'),
    kind: t('service.kind'),
    description: t('service.description'),
    committedToRecovery: t('service.committedToRecovery'),
    offersMentalHealthSubstanceUse: t('service.offersMentalHealthSubstanceUse'),
  };

  const { submit, error, busy } = useFormSubmit(async () => {
    const { name, kind, description, committedToRecovery, offersMentalHealthSubstanceUse } = values;
    await onSubmit({ name, kind, description, committedToRecovery, offersMentalHealthSubstanceUse });
    if (resetOnSuccess) setValues(empty);
  });

  const id = (field: string) => `${formId}-${field}`;
  return (
    <form onSubmit={submit} noValidate className="form-stack" id={formId} data-testid={rest['data-testid']}>
      <FormErrors error={error} formId={formId} labels={labels} headingLevel={3} />
      <Textfield id={id('name')} label={labels.name} value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} error={error?.forField('name')} required />
      <SelectField id={id('kind')} label={labels.kind} value={values.kind} onChange={(kind) => setValues((v) => ({ ...v, kind: kind as ServiceKind | '' }))} error={error?.forField('kind')} required>
        <option value="">{t('common.choose')}</option>
        {serviceKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`service.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Textfield
        id={id('description')}
        label={`${labels.description} ${t('common.optional')}`}
        multiline
        rows={3}
        value={values.description}
        onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
        error={error?.forField('description')}
      />
      <Fieldset>
        <Fieldset.Legend>{t('service.criteria')}</Fieldset.Legend>
        <Checkbox
          id={id('committedToRecovery')}
          label={labels.committedToRecovery}
          checked={values.committedToRecovery}
          onChange={(e) => setValues((v) => ({ ...v, committedToRecovery: e.target.checked }))}
        />
        <Checkbox
          id={id('offersMentalHealthSubstanceUse')}
          label={labels.offersMentalHealthSubstanceUse}
          checked={values.offersMentalHealthSubstanceUse}
          onChange={(e) => setValues((v) => ({ ...v, offersMentalHealthSubstanceUse: e.target.checked }))}
        />
      </Fieldset>
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
