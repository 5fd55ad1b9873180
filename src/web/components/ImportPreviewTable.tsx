import { useTranslation } from 'react-i18next';
import { Table, Textfield } from '@digdir/designsystemet-react';
import { importFields, type ImportField, type ImportPreviewRow } from '../people-types.js';
import { DataTable } from './DataTable.js';

interface Props {
  rows: ImportPreviewRow[];
  onChange(rowIndex: number, field: ImportField, value: string): void;
}

const labelKey: Record<ImportField, string> = {
  name: 'people.name', municipality: 'people.municipality', service: 'people.service', role: 'people.role',
  subRole: 'people.subRole', email: 'people.email', phone: 'people.phone', language: 'people.language',
};

/** Every imported row as editable cells; a cell with an error is marked and says why, right beside the input. */
export function ImportPreviewTable({ rows, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('people.import.preview')} testId="import-preview" className="import-table" zebra={false}
      head={
        <>
          <Table.HeaderCell>{t('people.import.row')}</Table.HeaderCell>
          <Table.HeaderCell>{t('people.import.status')}</Table.HeaderCell>
          {importFields.map((f) => <Table.HeaderCell key={f}>{t(labelKey[f])}</Table.HeaderCell>)}
        </>
      }
    >
      {rows.map((r, i) => (
        <Table.Row key={r.row} data-row-error={r.errors.length > 0 ? 'true' : undefined}>
          <Table.HeaderCell scope="row">{r.row}</Table.HeaderCell>
          <Table.Cell>{r.errors.length ? <span className="cell-error-text">✗ {r.errors.length}</span> : t('people.import.ok')}</Table.Cell>
          {importFields.map((f) => {
            const error = r.errors.find((e) => e.field === f)?.message;
            const id = `import-${i}-${f}`;
            return (
              <Table.Cell key={f} className={error ? 'cell-error' : undefined}>
                <Textfield
                  id={id}
                  aria-label={t('people.import.cellLabel', { field: t(labelKey[f]), row: r.row })}
                  data-size="sm"
                  value={r.values[f] ?? ''}
                  error={error}
                  onChange={(e) => onChange(i, f, e.target.value)}
                />
              </Table.Cell>
            );
          })}
        </Table.Row>
      ))}
    </DataTable>
  );
}
