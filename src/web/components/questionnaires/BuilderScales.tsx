import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { SelectField } from '../SelectField.js';
import { BuilderText } from './BuilderText.js';
import { edit, newScale, scalableVariables, type InstrumentDefinition, type Scale } from './builder-model.js';

interface Props {
  def: InstrumentDefinition;
  problemsFor(name: string): string[];
  onChange(def: InstrumentDefinition): void;
}

/** Scales and subscales: which items, which reversed, sum or mean, how many must be answered. */
export function BuilderScales({ def, problemsFor, onChange }: Props) {
  const { t } = useTranslation();
  const k = (key: string, vars?: Record<string, string | number>) => t(`questionnaires.builder.edit.${key}`, vars);
  const variables = scalableVariables(def);
  const set = (index: number, patch: Partial<Scale>) => onChange(edit(def, (d) => void Object.assign(d.scales[index], patch)));
  const toggle = (list: string[], name: string, on: boolean) => (on ? [...list.filter((n) => n !== name), name] : list.filter((n) => n !== name));
  return (
    <section className="builder-section" aria-labelledby="builder-scales">
      <h2 id="builder-scales" className="ds-heading" data-size="sm">{k('scales')}</h2>
      {variables.length === 0 ? <Paragraph>{k('noScaleItems')}</Paragraph> : null}
      {def.scales.map((scale, index) => {
        const id = `scale-${index + 1}`;
        const problems = problemsFor(scale.name);
        return (
          <fieldset key={index} className="builder-card builder-item" id={`item-${scale.name}`} data-testid={`builder-scale-${scale.name}`}>
            <legend>{k('scale', { n: index + 1, name: scale.name })}</legend>
            {problems.length ? <ul className="problem-list item-problems">{problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
            <div className="builder-grid">
              <Textfield id={`${id}-name`} label={k('scaleName')} value={scale.name} onChange={(e) => set(index, { name: e.target.value })} />
              <SelectField id={`${id}-method`} label={k('method')} value={scale.method} onChange={(method) => set(index, { method: method as 'sum' })}>
                <option value="sum">{k('sum')}</option>
                <option value="mean">{k('mean')}</option>
              </SelectField>
              <Textfield id={`${id}-min`} label={k('minAnswered')} inputMode="numeric" value={String(scale.minAnswered)}
                onChange={(e) => set(index, { minAnswered: Math.max(1, Math.round(Number(e.target.value)) || 1) })} />
              <SelectField id={`${id}-parent`} label={k('parent')} value={scale.parent ?? ''} onChange={(parent) => set(index, { parent: parent || undefined })}>
                <option value="">{k('noParent')}</option>
                {def.scales.filter((s) => s !== scale).map((s) => <option key={s.name} value={s.name}>{s.name}</option>)}
              </SelectField>
            </div>
            <BuilderText id={`${id}-label`} legend={k('scaleLabel')} value={scale.label} languages={def.languages} onChange={(label) => set(index, { label })} />
            <fieldset className="lang-set">
              <legend>{k('scaleItems')}</legend>
              <div className="builder-grid">
                {variables.map((v) => (
                  <div key={v}>
                    <Checkbox id={`${id}-item-${v}`} label={v} checked={scale.items.includes(v)}
                      onChange={(e) => set(index, { items: toggle(scale.items, v, e.target.checked), reverse: e.target.checked ? scale.reverse : scale.reverse.filter((r) => r !== v) })} />
                    {scale.items.includes(v) ? (
                      <Checkbox id={`${id}-reverse-${v}`} label={`${k('scaleReverse')}: ${v}`} checked={scale.reverse.includes(v)} onChange={(e) => set(index, { reverse: toggle(scale.reverse, v, e.target.checked) })} />
                    ) : null}
                  </div>
                ))}
              </div>
            </fieldset>
            <Button type="button" variant="tertiary" data-color="danger" data-size="sm" onClick={() => onChange(edit(def, (d) => void d.scales.splice(index, 1)))}>{k('removeScale')}</Button>
          </fieldset>
        );
      })}
      <Button type="button" variant="secondary" onClick={() => onChange(edit(def, (d) => void d.scales.push(newScale(d))))}>{k('addScale')}</Button>
    </section>
  );
}
