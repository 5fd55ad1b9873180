import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '../SelectField.js';
import { BuilderCondition } from './BuilderCondition.js';
import { BuilderItemOptions } from './BuilderItemOptions.js';
import { BuilderText } from './BuilderText.js';
import { changeType, creatableTypes, type InstrumentDefinition, type Item, type ItemType } from './builder-model.js';

interface Props {
  def: InstrumentDefinition;
  item: Item;
  /** 1-based position in the whole instrument. */
  number: number;
  lang: 'nb' | 'nn' | 'en';
  /** Messages about this item (from the server's check, or a refused save). */
  problems: string[];
  onChange(item: Item): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  first: boolean;
  last: boolean;
}

/** One item of the instrument: type, variable name, texts in three languages, type settings, branching. */
export function BuilderItem({ def, item, number, lang, problems, onChange, onMove, onRemove, first, last }: Props) {
  const { t } = useTranslation();
  const k = (key: string, vars?: Record<string, string | number>) => t(`questionnaires.builder.edit.${key}`, vars);
  const id = `item-${number}`;
  const types = item.type === 'calc' ? [...creatableTypes, 'calc' as ItemType] : creatableTypes;
  return (
    <div className="builder-item" data-testid={`builder-item-${item.name}`}>
      <fieldset id={`item-${item.name}`}>
        <legend>{k('item', { n: number, name: item.name })}</legend>
        {problems.length ? (
          <ul className="problem-list item-problems" aria-label={k('problems')}>
            {problems.map((p) => <li key={p}>{p}</li>)}
          </ul>
        ) : null}
        <div className="builder-grid">
          <SelectField id={`${id}-type`} label={k('type')} value={item.type} onChange={(type) => onChange(changeType(item, type as ItemType))}>
            {types.map((type) => <option key={type} value={type}>{k(`types.${type}`)}</option>)}
          </SelectField>
          <Textfield id={`${id}-name`} label={k('variable')} value={item.name} onChange={(e) => onChange({ ...item, name: e.target.value })} />
          {item.type !== 'descriptive' && item.type !== 'calc' ? (
            <Checkbox id={`${id}-required`} label={k('required')} checked={item.required} onChange={(e) => onChange({ ...item, required: e.target.checked })} />
          ) : null}
        </div>
        <BuilderText id={`${id}-label`} legend={k('label')} value={item.label} languages={def.languages} multiline onChange={(label) => onChange({ ...item, label })} />
        <BuilderText id={`${id}-hint`} legend={k('hint')} value={item.hint} languages={item.hint ? def.languages : []}
          onChange={(hint) => onChange({ ...item, hint: Object.keys(hint).length ? hint : undefined })} />
        <BuilderItemOptions id={id} item={item} languages={def.languages} onChange={onChange} />
        <BuilderCondition id={`${id}-showif`} def={def} item={item} lang={lang} onChange={onChange} />
        <div className="button-row">
          <Button type="button" variant="tertiary" data-size="sm" disabled={first} onClick={() => onMove(-1)}>{k('moveUp')}</Button>
          <Button type="button" variant="tertiary" data-size="sm" disabled={last} onClick={() => onMove(1)}>{k('moveDown')}</Button>
          <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={onRemove}>{k('removeNamed', { name: item.name })}</Button>
        </div>
      </fieldset>
    </div>
  );
}
