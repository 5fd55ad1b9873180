import { useTranslation } from 'react-i18next';
import { Checkbox, Field, Label, Textfield } from '@digdir/designsystemet-react';
import { codeTree, type Code } from '../../analysis-types.js';
import { SelectField } from '../SelectField.js';

export interface CodeValues {
  name: string;
  description: string;
  color: string;
  parentId: string;
  isTheme: boolean;
}

/** Distinct default colours, one after another as codes are created (the colour can be changed). */
export const palette = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

export const emptyCode = (index = 0): CodeValues => ({ name: '', description: '', color: palette[index % palette.length], parentId: '', isTheme: false });

export const codeBody = (v: CodeValues) => ({ name: v.name.trim(), description: v.description, color: v.color, parentId: v.parentId || null, isTheme: v.isTheme });

interface Props {
  idPrefix: string;
  values: CodeValues;
  onChange(values: CodeValues): void;
  codes: Code[];
  /** The code being edited: it and its sub-codes cannot be its parent. */
  self?: string;
  error?: (field: string) => string | undefined;
}

/** Name, description, colour, parent and "is a theme" — shared by the create form and the edit dialog. */
export function CodeFields({ idPrefix, values, onChange, codes, self, error }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof CodeValues>(key: K) => (value: CodeValues[K]) => onChange({ ...values, [key]: value });
  const excluded = new Set<string>();
  if (self) {
    excluded.add(self);
    for (const { code } of codeTree(codes)) if (code.parentId && excluded.has(code.parentId)) excluded.add(code.id);
  }
  return (
    <>
      <Textfield id={`${idPrefix}-name`} label={t('analysis.codebook.name')} value={values.name} onChange={(e) => set('name')(e.target.value)} error={error?.('name')} required />
      <Textfield id={`${idPrefix}-description`} label={`${t('analysis.codebook.description')} ${t('common.optional')}`} value={values.description} onChange={(e) => set('description')(e.target.value)} />
      <Field>
        <Label htmlFor={`${idPrefix}-color`}>{t('analysis.codebook.color')}</Label>
        <input id={`${idPrefix}-color`} type="color" className="color-input" value={values.color} onChange={(e) => set('color')(e.target.value)} />
      </Field>
      <SelectField id={`${idPrefix}-parent`} label={t('analysis.codebook.parent')} value={values.parentId} onChange={set('parentId')}>
        <option value="">{t('analysis.codebook.topLevel')}</option>
        {codeTree(codes).filter(({ code }) => !excluded.has(code.id)).map(({ code, depth }) => (
          <option key={code.id} value={code.id}>{`${'– '.repeat(depth)}${code.name}`}</option>
        ))}
      </SelectField>
      <Checkbox label={t('analysis.codebook.isTheme')} checked={values.isTheme} onChange={(e) => set('isTheme')(e.target.checked)} />
    </>
  );
}
