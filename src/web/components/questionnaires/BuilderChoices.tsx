import { Button, Textfield } from '@digdir/designsystemet-react';
import { BuilderText } from './BuilderText.js';
import type { InstrumentLanguage, LocalText } from './builder-model.js';

export interface KeyedText {
  key: string;
  label: LocalText;
}

interface Props {
  id: string;
  entries: KeyedText[];
  languages: InstrumentLanguage[];
  onChange(entries: KeyedText[]): void;
  keyLabel: string;
  numeric?: boolean;
  textLegend(entry: KeyedText, index: number): string;
  keyFieldLabel?(index: number): string;
  addLabel: string;
  removeLabel(entry: KeyedText): string;
  /** The key of a new entry. */
  nextKey(entries: KeyedText[]): string;
  min?: number;
}

/** A list of coded texts: choices (code + text), Likert points (value + text) or matrix rows (variable + text). */
export function BuilderChoices({ id, entries, languages, onChange, keyLabel, numeric, textLegend, keyFieldLabel, addLabel, removeLabel, nextKey, min = 1 }: Props) {
  const set = (index: number, patch: Partial<KeyedText>) => onChange(entries.map((e, i) => (i === index ? { ...e, ...patch } : e)));
  return (
    <>
      <ul className="builder-list">
        {entries.map((entry, index) => (
          <li key={index}>
            <Textfield id={`${id}-${index}-key`} label={keyFieldLabel ? keyFieldLabel(index) : keyLabel} value={entry.key} inputMode={numeric ? 'decimal' : undefined} onChange={(e) => set(index, { key: e.target.value })} />
            <BuilderText id={`${id}-${index}-label`} legend={textLegend(entry, index)} value={entry.label} languages={languages} onChange={(label) => set(index, { label })} />
            <Button type="button" variant="tertiary" data-size="sm" disabled={entries.length <= min} onClick={() => onChange(entries.filter((_, i) => i !== index))}>
              {removeLabel(entry)}
            </Button>
          </li>
        ))}
      </ul>
      <Button type="button" variant="secondary" data-size="sm" onClick={() => onChange([...entries, { key: nextKey(entries), label: {} }])}>
        {addLabel}
      </Button>
    </>
  );
}

/** The next whole-number code after the largest in use ("1", "2", … → "3"). */
export function nextNumericKey(entries: KeyedText[]): string {
  const numbers = entries.map((e) => Number(e.key)).filter((n) => Number.isFinite(n));
  return String(numbers.length ? Math.max(...numbers) + 1 : 1);
}
