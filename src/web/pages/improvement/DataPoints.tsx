import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Table } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { DataTable } from '../../components/DataTable.js';
import type { IndicatorDto } from '../../improvement-types.js';

/**
 * The data points as entered, each removable (after a confirmation) by the team that may edit: a
 * period entered by mistake is taken out and the chart is computed again. A value hidden by the
 * small-cell rule shows as hidden, but its period can still be removed.
 */
export function DataPoints({ indicator: i, path, canEdit, threshold, onDone }: { indicator: IndicatorDto; path: string; canEdit: boolean; threshold: number; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const m = (k: string, v?: Record<string, unknown>) => t(`improvement.measure.${k}`, v);
  const [target, setTarget] = useState<{ id: string; period: string } | null>(null);
  if (i.measurements.length === 0) return null;
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nb-NO', { maximumFractionDigits: 4 });
  const shown = (v: number | null, suppressed: boolean) => (suppressed ? m('hidden', { threshold }) : v === null ? '–' : number.format(v));
  const ratio = i.valueType === 'proportion';
  const remove = async () => {
    await api(`${path}/measurements/${target!.id}`, { method: 'DELETE' });
    setTarget(null);
    onDone();
  };
  return (
    <details className="improvement-points" data-testid="data-points">
      <summary>{m('rows')} ({i.measurements.length})</summary>
      <DataTable
        caption={`${m('rows')}: ${i.name}`}
        head={
          <>
            <Table.HeaderCell scope="col">{m('period')}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{ratio ? m('numerator') : m('value')}</Table.HeaderCell>
            {ratio ? <Table.HeaderCell scope="col">{m('denominator')}</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">{m('note')}</Table.HeaderCell>
            {canEdit ? <Table.HeaderCell scope="col"><span className="ds-sr-only">{m('remove')}</span></Table.HeaderCell> : null}
          </>
        }
      >
        {i.measurements.map((p) => (
          <Table.Row key={p.id}>
            <Table.Cell>{p.period}</Table.Cell>
            <Table.Cell>{shown(p.value, p.suppressed)}</Table.Cell>
            {ratio ? <Table.Cell>{shown(p.denominator, p.suppressed)}</Table.Cell> : null}
            <Table.Cell>{p.note}</Table.Cell>
            {canEdit ? (
              <Table.Cell>
                <Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setTarget({ id: p.id, period: p.period })}>
                  {m('remove')}<span className="ds-sr-only"> {p.period}</span>
                </Button>
              </Table.Cell>
            ) : null}
          </Table.Row>
        ))}
      </DataTable>
      <ConfirmDialog
        open={target !== null}
        title={m('removePointTitle')}
        message={m('removePointMessage', { period: target?.period ?? '' })}
        confirmLabel={m('remove')}
        onConfirm={remove}
        onClose={() => setTarget(null)}
      />
    </details>
  );
}
