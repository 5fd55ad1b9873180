import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Label, Paragraph } from '@digdir/designsystemet-react';
import { codeTree, type Code } from '../../analysis-types.js';

interface Props {
  codes: Code[];
  /** The selected words, shown so the coder knows what is being coded. */
  excerpt: string;
  onApply(codeIds: string[]): void;
  onCancel(): void;
}

/**
 * Choose one or more codes for the selection: type to filter (type-ahead), ↑/↓ to move, Shift+Enter
 * or a click to mark several, Enter to apply (the marked codes, or the highlighted one), Escape to cancel.
 */
export function CodePicker({ codes, excerpt, onApply, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const [marked, setMarked] = useState<Set<string>>(new Set());
  const needle = filter.trim().toLocaleLowerCase();
  const options = codeTree(codes).filter(({ code }) => !needle || code.name.toLocaleLowerCase().includes(needle));
  // Names that start with what was typed come first.
  options.sort((a, b) => Number(!a.code.name.toLocaleLowerCase().startsWith(needle)) - Number(!b.code.name.toLocaleLowerCase().startsWith(needle)));
  const current = options[Math.min(active, options.length - 1)];

  useEffect(() => input.current?.focus(), []);
  useEffect(() => setActive(0), [filter]);

  const toggle = (codeId: string) => setMarked((m) => { const n = new Set(m); if (n.has(codeId)) n.delete(codeId); else n.add(codeId); return n; });
  const apply = () => {
    const ids = marked.size ? [...marked] : current ? [current.code.id] : [];
    if (ids.length) onApply(ids);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((a) => Math.min(a + 1, options.length - 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (event.key === 'Enter' && event.shiftKey) { if (current) toggle(current.code.id); }
    else if (event.key === 'Enter') apply();
    else if (event.key === 'Escape') onCancel();
    else return;
    event.preventDefault();
  };

  return (
    <section className="code-picker" data-testid="code-picker" aria-labelledby={`${id}-title`}>
      <Heading level={2} data-size="2xs" id={`${id}-title`}>{t('analysis.picker.title')}</Heading>
      <Paragraph data-size="sm" className="picker-excerpt">«{excerpt}»</Paragraph>
      <Label htmlFor={`${id}-input`}>{t('analysis.picker.filter')}</Label>
      <input
        className="ds-input"
        id={`${id}-input`}
        ref={input}
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={current ? `${id}-${current.code.id}` : undefined}
        aria-describedby={`${id}-help`}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <p id={`${id}-help`} className="muted">{t('analysis.picker.help')}</p>
      <ul id={`${id}-list`} role="listbox" aria-multiselectable="true" aria-label={t('analysis.picker.listLabel')} className="picker-list">
        {options.map(({ code, depth }) => (
          <li
            key={code.id}
            id={`${id}-${code.id}`}
            role="option"
            aria-selected={marked.has(code.id)}
            className={current?.code.id === code.id ? 'is-active' : undefined}
            style={{ paddingInlineStart: `${0.5 + depth * 1.25}rem` }}
            onClick={() => toggle(code.id)}
          >
            <span className="check" aria-hidden="true">{marked.has(code.id) ? '☑' : '☐'}</span>
            <span className="swatch" style={{ backgroundColor: code.color }} aria-hidden="true" />
            {code.name}
            {code.isTheme ? <span className="cell-sub"> ({t('analysis.codebook.theme')})</span> : null}
          </li>
        ))}
        {options.length === 0 ? <li role="option" aria-selected="false" aria-disabled="true">{t('analysis.picker.none')}</li> : null}
      </ul>
      <div className="button-row">
        <Button onClick={apply} disabled={!current && marked.size === 0}>{t('analysis.picker.apply', { count: Math.max(marked.size, 1) })}</Button>
        <Button variant="secondary" onClick={onCancel}>{t('common.cancel')}</Button>
      </div>
    </section>
  );
}
