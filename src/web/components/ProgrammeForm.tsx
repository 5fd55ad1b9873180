import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Textfield } from '@digdir/designsystemet-react';
import { ApiError } from '../api.js';
import { programmeKinds, type Programme, type ProgrammeKind } from '../types.js';
import { FormErrors } from './FormErrors.js';
import { SelectField } from './SelectField.js';
import { useFormSubmit } from '../hooks/useFormSubmit.js';
import { FormButtons } from './FormButtons.js';

export interface ProgrammeValues {
  kind: ProgrammeKind | '';
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  /** Only when editing: the programme's small-cell threshold. */
  smallCellThreshold?: number;
}

interface Props {
  formId: string;
  initial?: Programme;
  submitLabel: string;
  /** Saves; throw the ApiError to have it shown next to the fields. */
  onSubmit(values: ProgrammeValues): Promise<void>;
  onCancel?(): void;
}

/** Kind, name, description and period: used to create a programme and to edit one. */
export function ProgrammeForm({ formId, initial, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ProgrammeValues>({
    kind: initial?.kind ?? '',
    name: initial?.name ?? '',
    description: initial?.description ?? '',
    startsOn: initial?.startsOn ?? '',
    endsOn: initial?.endsOn ?? '',
    smallCellThreshold: initial?.smallCellThreshold,
  });
  const set = (key: keyof ProgrammeValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  const labels = {
    kind: t('programme.kind'),
    name: t('programme.name'),
    description: t('programme.description'),
    startsOn: t('programme.startsOn'),
    endsOn: t('programme.endsOn'),
  };

  const { submit, error, busy } = useFormSubmit(() => onSubmit(values));

  const id = (field: string) => `${formId}-${field}`;
  return (
    <form onSubmit={submit} noValidate className="form-stack" id={formId}>
      <FormErrors error={error} formId={formId} labels={labels} headingLevel={3} />
      <SelectField id={id('kind')} label={labels.kind} value={values.kind} onChange={set('kind')} error={error?.forField('kind')} required>
        <option value="">{t('common.choose')}</option>
        {programmeKinds.map((kind) => (
          <option key={kind} value={kind}>
            {t(`programme.kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <Textfield id={id('name')} label={labels.name} value={values.name} onChange={(e) => set('name')(e.target.value)} error={error?.forField('name')} required />
      <Textfield
        id={id('description')}
        label={`${labels.description} ${t('common.optional')}`}
        multiline
        rows={4}
        value={values.description}
        onChange={(e) => set('description')(e.target.value)}
        error={error?.forField('description')}
      />
      <div className="field-row">
        <Textfield id={id('startsOn')} type="date" label={labels.startsOn} value={values.startsOn} onChange={(e) => set('startsOn')(e.target.value)} error={error?.forField('startsOn')} required />
        <Textfield id={id('endsOn')} type="date" label={labels.endsOn} value={values.endsOn} onChange={(e) => set('endsOn')(e.target.value)} error={error?.forField('endsOn')} required />
      </div>
      {initial ? (
        <Textfield
          id={id('smallCellThreshold')}
          type="number"
          min={1}
          max={100}
          label={t('programme.smallCellThreshold')}
          description={t('programme.smallCellHint')}
          value={values.smallCellThreshold ?? ''}
          onChange={(e) => setValues((v) => ({ ...v, smallCellThreshold: e.target.value === '' ? undefined : Number(e.target.value) }))}
          error={error?.forField('smallCellThreshold')}
        />
      ) : null}
      <FormButtons submitLabel={submitLabel} busy={busy} onCancel={onCancel} />
    </form>
  );
}
