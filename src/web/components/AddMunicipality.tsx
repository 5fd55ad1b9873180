import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Field, Input, Label, ValidationMessage } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { useApi } from '../hooks/useApi.js';
import type { Municipality, NorwayMunicipality } from '../types.js';
import { FormErrors } from './FormErrors.js';
import { useFormSubmit } from '../hooks/useFormSubmit.js';

interface Props {
  programmeId: string;
  /** Numbers already in the programme; they are left out of the choices. */
  taken: Set<string>;
  onAdded(municipality: Municipality): void;
}

const formId = 'add-municipality';

/** Finds the municipality meant by what was typed: "Name (1234)" from the list, a number, or an unambiguous name. */
function resolve(text: string, choices: NorwayMunicipality[]): string | null {
  const value = text.trim();
  const fromOption = /\((\d{4})\)\s*$/.exec(value);
  if (fromOption) return fromOption[1];
  if (/^\d{4}$/.test(value)) return value;
  const byName = choices.filter((m) => m.name.toLocaleLowerCase('nb') === value.toLocaleLowerCase('nb'));
  return byName.length === 1 ? byName[0].number : null;
}

/** A text field with suggestions from Norway's 357 municipalities (native datalist: keyboard and screen-reader friendly). */
export function AddMunicipality({ programmeId, taken, onAdded }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const all = useApi<NorwayMunicipality[]>('/norway-municipalities');
  const [text, setText] = useState('');
  const choices = (all.data ?? []).filter((m) => !taken.has(m.number));

  const { submit, error, busy } = useFormSubmit(async () => {
    const number = resolve(text, choices);
    if (!number) throw new ApiError(400, t('errors.validation'), [{ path: 'number', message: t('errors.invalidOption') }]);
    const added = await api<Municipality>(`/programmes/${programmeId}/municipalities`, { method: 'POST', body: { number } });
      setText('');
    onAdded(added);
  });

  const fieldError = error?.forField('number');
  return (
    <form onSubmit={submit} noValidate className="form-stack" id={formId}>
      <FormErrors error={error} formId={formId} labels={{ number: t('municipality.choose') }} headingLevel={3} />
      <div className="inline-form">
        <Field className="grow">
          <Label htmlFor={`${formId}-number`}>{t('municipality.choose')}</Label>
          <Field.Description>{t('municipality.chooseHint')}</Field.Description>
          <Input
            id={`${formId}-number`}
            list={listId}
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={fieldError ? true : undefined}
            required
          />
          {fieldError ? <ValidationMessage>{fieldError}</ValidationMessage> : null}
        </Field>
        <Button type="submit" loading={busy}>
          {t('municipality.add')}
        </Button>
      </div>
      <datalist id={listId}>
        {choices.map((m) => (
          <option key={m.number} value={`${m.name} (${m.number})`} label={m.county} />
        ))}
      </datalist>
    </form>
  );
}
