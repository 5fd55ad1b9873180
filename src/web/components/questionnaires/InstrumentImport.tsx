import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Card, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { DataTable } from '../DataTable.js';
import { FormButtons } from '../FormButtons.js';
import { SelectField } from '../SelectField.js';
import { useInstruments } from './useInstruments.js';

/** One thing an import could not carry over, as the interchange reports it (a message, or a key to translate). */
interface ImportProblem {
  row?: number;
  sheet?: string;
  item?: string;
  key?: string;
  vars?: Record<string, string | number>;
  message?: string;
}

/** Import a REDCap data dictionary or an XLSForm; what could not be represented is listed item by item. */
export function InstrumentImport({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const { api: base, app } = useInstruments();
  const [kind, setKind] = useState<'redcap' | 'xlsform'>('redcap');
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ instrumentId: string; problems: ImportProblem[]; instruments?: { instrumentId: string; name: string }[] } | null>(null);
  const upload = useFormSubmit(async () => {
    setResult(null);
    const form = new FormData();
    if (file) form.set('file', file);
    setResult(await api(`${base}/instruments/import-${kind}`, { method: 'POST', body: form }));
    onImported();
  });
  const message = (p: ImportProblem) => p.message ?? (p.key ? t(p.key, { ...p.vars }) : '');
  return (
    <Card data-color="neutral" className="section">
      <form onSubmit={upload.submit} className="form-grid" id="import-instrument" data-testid="import-instrument">
        <Heading level={2} data-size="xs">{t('questionnaires.builder.create.importHeading')}</Heading>
        <SelectField id="import-instrument-kind" label={t('questionnaires.builder.create.importKind')} value={kind} onChange={(v) => setKind(v as 'redcap')}>
          <option value="redcap">{t('questionnaires.builder.create.redcap')}</option>
          <option value="xlsform">{t('questionnaires.builder.create.xlsform')}</option>
        </SelectField>
        <Textfield id="import-instrument-file" label={t('questionnaires.builder.create.file')} type="file" required accept={kind === 'redcap' ? '.csv,.zip,text/csv,application/zip' : '.xlsx'}
          onChange={(e) => setFile(e.target.files?.[0] ?? null)} error={upload.error?.forField('file')} />
        {upload.error ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{upload.error.detail}</Paragraph>
            {upload.error.fieldErrors.length ? (
              <ul className="problem-list">{upload.error.fieldErrors.map((e) => <li key={`${e.path}:${e.message}`}>{e.message}</li>)}</ul>
            ) : null}
          </Alert>
        ) : null}
        <FormButtons submitLabel={t('questionnaires.builder.create.importButton')} busy={upload.busy} />
      </form>
      {result ? (
        <div role="status" data-testid="import-result">
          <Paragraph>{t(result.problems.length ? 'questionnaires.builder.create.imported' : 'questionnaires.builder.create.importedClean')}</Paragraph>
          {result.problems.length ? (
            <DataTable caption={t('questionnaires.builder.create.problemsCaption')} head={<><Table.HeaderCell>{t('questionnaires.builder.create.problemWhere')}</Table.HeaderCell><Table.HeaderCell>{t('questionnaires.builder.create.problemWhat')}</Table.HeaderCell></>}>
              {result.problems.map((p, i) => (
                <Table.Row key={i}>
                  <Table.Cell>{[p.sheet, p.row, p.item].filter((x) => x !== undefined && x !== '').join(' / ')}</Table.Cell>
                  <Table.Cell>{message(p)}</Table.Cell>
                </Table.Row>
              ))}
            </DataTable>
          ) : null}
          {/* A multi-form REDCap dictionary becomes one instrument per form: a link to each. */}
          {(result.instruments ?? [{ instrumentId: result.instrumentId, name: '' }]).map((i) => (
            <Paragraph key={i.instrumentId}><Link to={`${app}/instruments/${i.instrumentId}/draft`}>{t('questionnaires.builder.create.openImported')}{result.instruments && result.instruments.length > 1 ? `: ${i.name}` : ''}</Link></Paragraph>
          ))}
        </div>
      ) : null}
    </Card>
  );
}
