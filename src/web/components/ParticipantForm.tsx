import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useApi } from '../hooks/useApi.js';
import { participantRoles, subRoleSuggestions, type Participant } from '../people-types.js';
import type { Municipality, Service } from '../types.js';
import { FormErrors } from './FormErrors.js';
import { SelectField } from './SelectField.js';
import { useFormSubmit } from '../hooks/useFormSubmit.js';

export interface ParticipantValues {
  municipalityId: string;
  serviceId: string;
  role: string;
  subRole: string;
  name: string;
  email: string;
  phone: string;
  language: string;
}

interface Props {
  programmeId: string;
  municipalities: Municipality[];
  initial?: Participant;
  submitLabel: string;
  onSubmit(values: ParticipantValues): Promise<void>;
  onCancel?(): void;
}

/** Register or edit a participant. The service list follows the chosen municipality; sub-role is free text with suggestions. */
export function ParticipantForm({ programmeId, municipalities, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ParticipantValues>({
    municipalityId: initial?.municipalityId ?? municipalities[0]?.id ?? '',
    serviceId: initial?.serviceId ?? '',
    role: initial?.role ?? '',
    subRole: initial?.subRole ?? '',
    name: initial?.name ?? '',
    email: initial?.email ?? '',
    phone: initial?.phone ?? '',
    language: initial?.language ?? 'nb',
  });
  const services = useApi<Service[]>(values.municipalityId ? `/programmes/${programmeId}/municipalities/${values.municipalityId}/services` : null);
  const set = (key: keyof ParticipantValues) => (value: string) => setValues((v) => ({ ...v, [key]: value, ...(key === 'municipalityId' ? { serviceId: '' } : {}) }));
  const labels = { municipalityId: t('people.municipality'), serviceId: t('people.service'), role: t('people.role'), subRole: t('people.subRole'), name: t('people.name'), email: t('people.email'), phone: t('people.phone'), language: t('people.language') };

  const { submit, error, busy } = useFormSubmit(() => onSubmit(values));

  return (
    <form onSubmit={submit} noValidate className="form-grid" data-testid="participant-form">
      <FormErrors error={error} formId="participant" labels={labels} />
      <Textfield id="participant-name" label={labels.name} value={values.name} onChange={(e) => set('name')(e.target.value)} required error={error?.forField('name')} autoComplete="off" />
      <SelectField id="participant-municipalityId" label={labels.municipalityId} value={values.municipalityId} onChange={set('municipalityId')} required error={error?.forField('municipalityId')}>
        {municipalities.map((m) => <option key={m.id} value={m.id}>{m.name}</option>)}
      </SelectField>
      <SelectField id="participant-serviceId" label={`${labels.serviceId} ${t('common.optional')}`} value={values.serviceId} onChange={set('serviceId')} error={error?.forField('serviceId')}>
        <option value="">{t('people.noService')}</option>
        {(services.data ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </SelectField>
      <SelectField id="participant-role" label={labels.role} value={values.role} onChange={set('role')} required error={error?.forField('role')}>
        <option value="">{t('common.choose')}</option>
        {participantRoles.map((r) => <option key={r} value={r}>{t(`people.roles.${r}`)}</option>)}
      </SelectField>
      <Textfield id="participant-subRole" label={`${labels.subRole} ${t('common.optional')}`} description={t('people.subRoleHint')} value={values.subRole} onChange={(e) => set('subRole')(e.target.value)} list="sub-role-suggestions" error={error?.forField('subRole')} />
      <datalist id="sub-role-suggestions">{subRoleSuggestions.map((s) => <option key={s} value={s} />)}</datalist>
      <Textfield id="participant-email" type="email" label={`${labels.email} ${t('common.optional')}`} value={values.email} onChange={(e) => set('email')(e.target.value)} error={error?.forField('email')} autoComplete="off" />
      <Textfield id="participant-phone" type="tel" label={`${labels.phone} ${t('common.optional')}`} value={values.phone} onChange={(e) => set('phone')(e.target.value)} error={error?.forField('phone')} autoComplete="off" />
      <SelectField id="participant-language" label={labels.language} value={values.language} onChange={set('language')}>
        {(['nb', 'nn', 'en'] as const).map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
      </SelectField>
      <div className="button-row">
        <Button type="submit" disabled={busy}>{submitLabel}</Button>
        {onCancel ? <Button type="button" variant="tertiary" onClick={onCancel}>{t('people.cancel')}</Button> : null}
      </div>
    </form>
  );
}

/** The JSON a form sends: empty optional fields become null, and the municipality travels in the path on create. */
export function participantBody(values: ParticipantValues, opts: { withMunicipality: boolean }) {
  return {
    ...(opts.withMunicipality ? { municipalityId: values.municipalityId } : {}),
    serviceId: values.serviceId || null,
    role: values.role || undefined,
    subRole: values.subRole || null,
    name: values.name,
    email: values.email || null,
    phone: values.phone || null,
    language: values.language,
  };
}
