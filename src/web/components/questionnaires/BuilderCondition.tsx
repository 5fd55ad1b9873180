import { useTranslation } from 'react-i18next';
import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { conditionText } from '../../../modules/questionnaires/condition-text.js';
import { SelectField } from '../SelectField.js';
import { conditionFrom, earlierItems, simpleCondition, type InstrumentDefinition, type Item } from './builder-model.js';

interface Props {
  id: string;
  def: InstrumentDefinition;
  item: Item;
  lang: 'nb' | 'nn' | 'en';
  onChange(item: Item): void;
}

const valueOps = ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'];

/** The codes an answer can take, for a value drop-down (choices, Likert points, yes/no). */
function codesOf(item: Item, lang: 'nb' | 'nn' | 'en'): { code: string; label: string }[] | null {
  const text = (l: { nb?: string; nn?: string; en?: string }) => l[lang] ?? l.nb ?? l.nn ?? l.en ?? '';
  if (item.type === 'single_choice' || item.type === 'multiple_choice') return item.choices.map((c) => ({ code: c.code, label: `${c.code} – ${text(c.label)}` }));
  if (item.type === 'likert') return item.points.map((p) => ({ code: String(p.value), label: `${p.value} – ${text(p.label)}` }));
  if (item.type === 'yes_no') return [{ code: '1', label: '1' }, { code: '0', label: '0' }];
  return null;
}

/** Simple branching: show this item only when an earlier item's answer meets a condition. */
export function BuilderCondition({ id, def, item, lang, onChange }: Props) {
  const { t } = useTranslation();
  const k = (key: string, vars?: Record<string, string>) => t(`questionnaires.builder.edit.${key}`, vars);
  const parts = simpleCondition(item.showIf);
  if (!parts) return <Paragraph data-size="sm">{k('compound', { text: conditionText(item.showIf!) })}</Paragraph>;
  const earlier = earlierItems(def, item.name);
  const target = earlier.find((e) => e.name === parts.item);
  const ops = target?.type === 'multiple_choice' ? ['selected', 'notSelected', 'answered', 'unanswered'] : [...valueOps, 'answered', 'unanswered'];
  const set = (patch: Partial<typeof parts>) => {
    const next = { ...parts, ...patch };
    if (patch.item !== undefined) {
      const chosen = earlier.find((e) => e.name === patch.item);
      next.op = chosen?.type === 'multiple_choice' ? 'selected' : 'eq';
      next.value = chosen ? (codesOf(chosen, lang)?.[0]?.code ?? '') : '';
    }
    onChange({ ...item, showIf: conditionFrom(next.item, next.op, next.value) });
  };
  const codes = target ? codesOf(target, lang) : null;
  const needsValue = !['answered', 'unanswered'].includes(parts.op);
  return (
    <fieldset className="lang-set">
      <legend>{k('showIf')}</legend>
      <div className="builder-grid">
        <SelectField id={`${id}-item`} label={k('showIfItem')} value={parts.item} onChange={(v) => set({ item: v })}>
          <option value="">{k('always')}</option>
          {earlier.map((e) => (
            <option key={e.name} value={e.name}>{e.name}</option>
          ))}
        </SelectField>
        {parts.item ? (
          <SelectField id={`${id}-op`} label={k('showIfOp')} value={parts.op} onChange={(v) => set({ op: v })}>
            {ops.map((op) => (
              <option key={op} value={op}>{k(`ops.${op}`)}</option>
            ))}
          </SelectField>
        ) : null}
        {parts.item && needsValue ? (
          codes ? (
            <SelectField id={`${id}-value`} label={k('showIfValue')} value={parts.value} onChange={(v) => set({ value: v })}>
              {codes.map((c) => (
                <option key={c.code} value={c.code}>{c.label}</option>
              ))}
            </SelectField>
          ) : (
            <Textfield id={`${id}-value`} label={k('showIfValue')} value={parts.value} onChange={(e) => set({ value: e.target.value })} />
          )
        ) : null}
      </div>
    </fieldset>
  );
}
