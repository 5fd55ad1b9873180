import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '../SelectField.js';
import { BuilderItem } from './BuilderItem.js';
import { BuilderScales } from './BuilderScales.js';
import { BuilderText } from './BuilderText.js';
import { addItem, addSection, builderLanguages, creatableTypes, edit, moveItem, removeItem, removeSection, type InstrumentDefinition, type ItemType } from './builder-model.js';

interface Props {
  def: InstrumentDefinition;
  lang: 'nb' | 'nn' | 'en';
  problemsFor(name: string): string[];
  onChange(def: InstrumentDefinition): void;
}

/** The whole definition as a form: about the instrument, its sections with their items, and the scales. */
export function BuilderSections({ def, lang, problemsFor, onChange }: Props) {
  const { t } = useTranslation();
  const k = (key: string, vars?: Record<string, string | number>) => t(`questionnaires.builder.edit.${key}`, vars);
  const [newType, setNewType] = useState<Record<number, ItemType>>({});
  let number = 0;
  return (
    <>
      <fieldset className="builder-card" id={`item-${def.name}`}>
        <legend>{k('about')}</legend>
        <div className="builder-grid">
          <Textfield id="def-name" label={k('name')} value={def.name} onChange={(e) => onChange({ ...def, name: e.target.value })} />
        </div>
        <fieldset className="lang-set">
          <legend>{k('languages')}</legend>
          <div className="builder-grid">
            {builderLanguages.map((l) => (
              <Checkbox key={l} id={`def-lang-${l}`} label={k(`languageNames.${l}`)} checked={def.languages.includes(l)}
                onChange={(e) => onChange({ ...def, languages: e.target.checked ? builderLanguages.filter((x) => x === l || def.languages.includes(x)) : def.languages.filter((x) => x !== l) })} />
            ))}
          </div>
        </fieldset>
        <BuilderText id="def-title" legend={k('formTitle')} value={def.title} languages={def.languages} onChange={(title) => onChange({ ...def, title })} />
        <BuilderText id="def-description" legend={k('description')} value={def.description} languages={def.description ? def.languages : []} multiline
          onChange={(description) => onChange({ ...def, description: Object.keys(description).length ? description : undefined })} />
      </fieldset>
      {def.sections.map((section, s) => (
        <section key={s} className="builder-section" aria-labelledby={`section-${s + 1}-heading`} data-testid={`builder-section-${s + 1}`}>
          <Heading level={2} data-size="sm" id={`section-${s + 1}-heading`}>{k('section', { n: s + 1 })}</Heading>
          <div className="builder-grid">
            <Textfield id={`section-${s + 1}-name`} label={k('sectionName')} value={section.name} onChange={(e) => onChange(edit(def, (d) => void (d.sections[s].name = e.target.value)))} />
          </div>
          <BuilderText id={`section-${s + 1}-title`} legend={k('sectionTitle')} value={section.title} languages={section.title ? def.languages : []}
            onChange={(title) => onChange(edit(def, (d) => void (d.sections[s].title = Object.keys(title).length ? title : undefined)))} />
          {section.items.map((item, i) => {
            number += 1;
            return (
              <BuilderItem key={`${s}-${i}`} def={def} item={item} number={number} lang={lang} problems={problemsFor(item.name)}
                first={s === 0 && i === 0} last={s === def.sections.length - 1 && i === section.items.length - 1}
                onChange={(next) => onChange(edit(def, (d) => void (d.sections[s].items[i] = next)))}
                onMove={(delta) => onChange(moveItem(def, s, i, delta))} onRemove={() => onChange(removeItem(def, s, i))} />
            );
          })}
          <div className="inline-form">
            <SelectField id={`section-${s + 1}-new-type`} label={k('addItemType')} value={newType[s] ?? 'likert'} onChange={(v) => setNewType({ ...newType, [s]: v as ItemType })}>
              {creatableTypes.map((type) => <option key={type} value={type}>{k(`types.${type}`)}</option>)}
            </SelectField>
            <Button type="button" variant="secondary" onClick={() => onChange(addItem(def, s, newType[s] ?? 'likert'))}>{k('addItem')}</Button>
            {def.sections.length > 1 ? <Button type="button" variant="tertiary" data-color="danger" onClick={() => onChange(removeSection(def, s))}>{k('removeSection')}</Button> : null}
          </div>
        </section>
      ))}
      <Button type="button" variant="secondary" onClick={() => onChange(addSection(def))}>{k('addSection')}</Button>
      <BuilderScales def={def} problemsFor={problemsFor} onChange={onChange} />
    </>
  );
}
