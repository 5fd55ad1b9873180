import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Fieldset, Paragraph, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { api } from '../api.js';
import { programmeRoleNames, type Municipality, type ProgrammeRole, type ProgrammeRoleName } from '../types.js';
import { omitEmpty } from '../payload.js';
import { FormErrors } from './FormErrors.js';
import { SelectField } from './SelectField.js';
import { useFormSubmit } from '../hooks/useFormSubmit.js';

interface Props {
  programmeId: string;
  municipalities: Municipality[];
  /** Only administrators appoint coordinators. */
  mayAppointCoordinator: boolean;
  onAppointed(roles: ProgrammeRole[]): void;
}

const formId = 'appoint';

/** Give a person (by e-mail) a role in the programme; municipal contacts also get their municipalities. */
export function AppointForm({ programmeId, municipalities, mayAppointCoordinator, onAppointed }: Props) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<ProgrammeRoleName | ''>('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const labels = { email: t('role.email'), name: t('role.name'), role: t('role.role'), municipalityIds: t('role.municipalities') };
  const roles = programmeRoleNames.filter((r) => r !== 'coordinator' || mayAppointCoordinator);
  const isContact = role === 'municipal_contact';

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const { submit, error, busy } = useFormSubmit(async () => {
    const body = omitEmpty({ email: email.trim(), name: name.trim(), role, ...(isContact ? { municipalityIds: [...chosen] } : {}) }, ['role']);
    const created = await api<ProgrammeRole[]>(`/programmes/${programmeId}/roles`, { method: 'POST', body });
    setEmail('');
    setName('');
    setRole('');
    setChosen(new Set());
    onAppointed(created);
  });

  const id = (field: string) => `${formId}-${field}`;
  const municipalityError = error?.forField('municipalityIds');
  return (
    <form onSubmit={submit} noValidate className="form-stack" id={formId}>
      <FormErrors error={error} formId={formId} labels={labels} headingLevel={3} />
      <div className="field-row">
        <Textfield id={id('email')} type="email" autoComplete="off" label={labels.email} value={email} onChange={(e) => setEmail(e.target.value)} error={error?.forField('email')} required />
        <Textfield id={id('name')} label={labels.name} value={name} onChange={(e) => setName(e.target.value)} error={error?.forField('name')} required />
      </div>
      <SelectField id={id('role')} label={labels.role} value={role} onChange={(v) => setRole(v as ProgrammeRoleName | '')} error={error?.forField('role')} required>
        <option value="">{t('common.choose')}</option>
        {roles.map((r) => (
          <option key={r} value={r}>
            {t(`role.names.${r}`)}
          </option>
        ))}
      </SelectField>
      {isContact ? (
        <Fieldset>
          <Fieldset.Legend>{labels.municipalityIds}</Fieldset.Legend>
          <Fieldset.Description>{t('role.municipalitiesHint')}</Fieldset.Description>
          {municipalities.length === 0 ? <Paragraph>{t('municipality.listEmpty')}</Paragraph> : null}
          <div className="checkbox-columns">
            {municipalities.map((m, i) => (
              <Checkbox
                key={m.id}
                id={i === 0 ? id('municipalityIds') : undefined}
                label={m.name}
                value={m.id}
                checked={chosen.has(m.id)}
                onChange={(e) => toggle(m.id, e.target.checked)}
                aria-invalid={municipalityError ? true : undefined}
              />
            ))}
          </div>
          {municipalityError ? <ValidationMessage>{municipalityError}</ValidationMessage> : null}
        </Fieldset>
      ) : null}
      <div>
        <Button type="submit" loading={busy}>
          {t('role.appoint')}
        </Button>
      </div>
    </form>
  );
}
