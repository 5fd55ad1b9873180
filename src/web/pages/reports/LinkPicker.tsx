import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { SelectField } from '../../components/SelectField.js';
import type { LinkDto } from './types.js';

const keyOf = (l: { kind: string; refId: string | null }) => `${l.kind}:${l.refId ?? ''}`;

/**
 * The chosen links (sources or analyses) of a question with a remove button each, and a select that adds
 * one: options grouped by kind, each kind's "all of them" first. Keyboard- and screen-reader-friendly.
 */
export function LinkPicker({ id, label, kindKey, catalogue, value, onChange }: {
  id: string;
  label: string;
  /** i18n prefix naming each kind (reports.plan.sourceKinds / analysisKinds). */
  kindKey: string;
  catalogue: LinkDto[];
  value: LinkDto[];
  onChange(next: LinkDto[]): void;
}) {
  const { t } = useTranslation();
  const chosen = new Set(value.map(keyOf));
  const kinds = [...new Set(catalogue.map((c) => c.kind))];
  return (
    <div className="link-picker">
      {value.length ? (
        <ul className="link-list" aria-label={label}>
          {value.map((l) => (
            <li key={keyOf(l)}>
              <span>{`${t(`${kindKey}.${l.kind}`)}: ${l.label}`}</span>{' '}
              <Button type="button" variant="tertiary" data-size="sm" onClick={() => onChange(value.filter((x) => keyOf(x) !== keyOf(l)))}>
                {t('reports.plan.removeLink', { label: l.label })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <SelectField id={id} label={label} value="" data-testid={id} onChange={(v) => {
        const pick = catalogue.find((c) => keyOf(c) === v);
        if (pick && !chosen.has(v)) onChange([...value, pick]);
      }}>
        <option value="">{t('reports.plan.choose')}</option>
        {kinds.length > 1
          ? kinds.map((k) => (
            <optgroup key={k} label={t(`${kindKey}.${k}`)}>
              {catalogue.filter((c) => c.kind === k).map((c) => <option key={keyOf(c)} value={keyOf(c)} disabled={chosen.has(keyOf(c))}>{c.label}</option>)}
            </optgroup>
          ))
          : catalogue.map((c) => <option key={keyOf(c)} value={keyOf(c)} disabled={chosen.has(keyOf(c))}>{c.label}</option>)}
      </SelectField>
    </div>
  );
}
