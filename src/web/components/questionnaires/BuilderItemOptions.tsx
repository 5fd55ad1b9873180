import { useTranslation } from 'react-i18next';
import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '../SelectField.js';
import { BuilderChoices, nextNumericKey } from './BuilderChoices.js';
import { BuilderText } from './BuilderText.js';
import type { InstrumentLanguage, Item } from './builder-model.js';

interface Props {
  id: string;
  item: Item;
  languages: InstrumentLanguage[];
  onChange(item: Item): void;
}

const numberOrUndefined = (text: string) => (text.trim() === '' || Number.isNaN(Number(text)) ? undefined : Number(text));

/** The settings only some item types have: points, choices, rows, ranges, lengths. */
export function BuilderItemOptions({ id, item, languages, onChange }: Props) {
  const { t } = useTranslation();
  const k = (key: string, vars?: Record<string, string | number>) => t(`questionnaires.builder.edit.${key}`, vars);
  const num = (field: string, label: string, value: number | string | undefined, type: 'number' | 'date' = 'number') => (
    <Textfield id={`${id}-${field}`} label={label} type={type === 'date' ? 'date' : 'text'} inputMode={type === 'number' ? 'decimal' : undefined} value={value ?? ''}
      onChange={(e) => onChange({ ...item, [field]: type === 'date' ? e.target.value || undefined : numberOrUndefined(e.target.value) } as Item)} />
  );
  const flag = (field: string, label: string, checked: boolean) => (
    <Checkbox id={`${id}-${field}`} label={label} checked={checked} onChange={(e) => onChange({ ...item, [field]: e.target.checked } as Item)} />
  );

  switch (item.type) {
    case 'likert':
      return (
        <fieldset className="lang-set">
          <legend>{k('points')}</legend>
          <BuilderChoices id={`${id}-points`} entries={item.points.map((p) => ({ key: String(p.value), label: p.label }))} languages={languages} numeric keyLabel={k('pointValue')}
            textLegend={(e) => k('pointLabel', { value: e.key })} addLabel={k('addPoint')} removeLabel={(e) => k('removePoint', { value: e.key })} nextKey={nextNumericKey} min={2}
            onChange={(entries) => onChange({ ...item, points: entries.map((e, i) => ({ value: numberOrUndefined(e.key) ?? item.points[i]?.value ?? i + 1, label: e.label })) })} />
          {(['notApplicable', 'dontKnow'] as const).map((special) => {
            const value = item[special];
            return (
              <div key={special} className="builder-grid">
                <Checkbox id={`${id}-${special}`} label={k(special)} checked={!!value}
                  onChange={(e) => onChange({ ...item, [special]: e.target.checked ? { code: special === 'notApplicable' ? 'na' : 'dk', label: {} } : undefined })} />
                {value ? <Textfield id={`${id}-${special}-code`} label={k('specialCode')} value={value.code} onChange={(e) => onChange({ ...item, [special]: { ...value, code: e.target.value } })} /> : null}
                {value ? <BuilderText id={`${id}-${special}-label`} legend={k(`${special}Label`)} value={value.label} languages={languages} onChange={(label) => onChange({ ...item, [special]: { ...value, label } })} /> : null}
              </div>
            );
          })}
        </fieldset>
      );
    case 'single_choice':
    case 'multiple_choice':
      return (
        <fieldset className="lang-set">
          <legend>{k('choices')}</legend>
          <BuilderChoices id={`${id}-choices`} entries={item.choices.map((c) => ({ key: c.code, label: c.label }))} languages={languages} keyLabel={k('code')}
            textLegend={(e) => k('choiceLabel', { code: e.key })} addLabel={k('addChoice')} removeLabel={(e) => k('removeChoice', { code: e.key })} nextKey={nextNumericKey}
            onChange={(entries) => onChange({ ...item, choices: entries.map((e) => ({ code: e.key, label: e.label })) })} />
          <div className="builder-grid">
            {item.type === 'single_choice' ? (
              <SelectField id={`${id}-display`} label={k('display')} value={item.display} onChange={(display) => onChange({ ...item, display: display as 'radio' })}>
                <option value="radio">{k('radio')}</option>
                <option value="dropdown">{k('dropdown')}</option>
              </SelectField>
            ) : num('maxChecked', k('maxChecked'), item.maxChecked)}
          </div>
        </fieldset>
      );
    case 'matrix':
      return (
        <>
          <fieldset className="lang-set">
            <legend>{k('rows')}</legend>
            <BuilderChoices id={`${id}-rows`} entries={item.rows.map((r) => ({ key: r.name, label: r.label }))} languages={languages} keyLabel={k('variable')}
              keyFieldLabel={(i) => k('rowName', { n: i + 1 })} textLegend={(_, i) => k('rowLabel', { n: i + 1 })} addLabel={k('addRow')} removeLabel={(e) => k('removeRow', { name: e.key })}
              nextKey={(entries) => `${item.name}_${entries.length + 1}`}
              onChange={(entries) => onChange({ ...item, rows: entries.map((e, i) => ({ ...item.rows[i], name: e.key, label: e.label })) })} />
          </fieldset>
          <fieldset className="lang-set">
            <legend>{k('choices')}</legend>
            <BuilderChoices id={`${id}-choices`} entries={item.choices.map((c) => ({ key: c.code, label: c.label }))} languages={languages} keyLabel={k('code')}
              textLegend={(e) => k('choiceLabel', { code: e.key })} addLabel={k('addChoice')} removeLabel={(e) => k('removeChoice', { code: e.key })} nextKey={nextNumericKey}
              onChange={(entries) => onChange({ ...item, choices: entries.map((e) => ({ code: e.key, label: e.label })) })} />
            {flag('multiple', k('multiple'), item.multiple)}
          </fieldset>
        </>
      );
    case 'text':
      return (
        <div className="builder-grid">
          {flag('multiline', k('multiline'), item.multiline)}
          {num('minLength', k('minLength'), item.minLength)}
          {num('maxLength', k('maxLength'), item.maxLength)}
        </div>
      );
    case 'number':
      return (
        <div className="builder-grid">
          {num('min', k('min'), item.min)}
          {num('max', k('max'), item.max)}
          {num('decimals', k('decimals'), item.decimals)}
          {flag('integer', k('integer'), item.integer)}
        </div>
      );
    case 'date':
      return (
        <div className="builder-grid">
          {num('min', k('min'), item.min, 'date')}
          {num('max', k('max'), item.max, 'date')}
        </div>
      );
    case 'slider':
      return (
        <div className="builder-grid">
          {num('min', k('min'), item.min)}
          {num('max', k('max'), item.max)}
        </div>
      );
    case 'yes_no':
      return (
        <div className="builder-grid">
          <SelectField id={`${id}-variant`} label={k('variant')} value={item.variant} onChange={(variant) => onChange({ ...item, variant: variant as 'yesno' })}>
            <option value="yesno">{k('yesno')}</option>
            <option value="truefalse">{k('truefalse')}</option>
          </SelectField>
        </div>
      );
    case 'calc':
      return <Textfield id={`${id}-formula`} label={k('formula')} value={item.formula} readOnly />;
    default:
      return null;
  }
}
