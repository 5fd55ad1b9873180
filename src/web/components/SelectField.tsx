import type { ChangeEvent, ReactNode } from 'react';
import { Field, Label, Select, ValidationMessage } from '@digdir/designsystemet-react';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string;
  required?: boolean;
  children: ReactNode;
  'data-testid'?: string;
}

/** A labelled native select with its validation message (Designsystemet Field). */
export function SelectField({ id, label, value, onChange, error, required, children, ...rest }: Props) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        id={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        onChange={(e: ChangeEvent<HTMLSelectElement>) => onChange(e.target.value)}
        data-testid={rest['data-testid']}
      >
        {children}
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </Field>
  );
}
