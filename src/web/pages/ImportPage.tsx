import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import Papa from 'papaparse';
import { Alert, Button, Card, Field, Heading, Label, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import { ImportPreviewTable } from '../components/ImportPreviewTable.js';
import { PageHeader } from '../components/PageHeader.js';
import { PeopleTabs } from '../components/PeopleTabs.js';
import { StatusMessage } from '../components/StatusMessage.js';
import { programmeCrumbs, useProgramme } from '../hooks/useProgramme.js';
import { importFields, type ImportField, type ImportPreviewRow } from '../people-types.js';
import '../people.css';

type Step = 'upload' | 'preview' | 'done';

/**
 * Upload → preview (every row, errors per cell, cells editable) → confirm → success. The server writes
 * only on confirm, and then all rows or none. "Check again" sends the edited rows back through the
 * same preview endpoint as a CSV, so the rules live in one place.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}`;
  const [step, setStep] = useState<Step>('upload');
  const [rows, setRows] = useState<ImportPreviewRow[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const errorRows = rows.filter((r) => r.errors.length > 0).length;

  const preview = async (file: Blob, name: string) => {
    setError(null);
    setBusy(t('people.import.reading'));
    try {
      const form = new FormData();
      form.append('file', file, name);
      const result = await api<{ rows: ImportPreviewRow[] }>(`${base}/participants/import/preview`, { method: 'POST', body: form });
      setRows(result.rows);
      setDirty(false);
      setStep('preview');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };
  const upload = (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setError(t('people.import.noFile'));
    void preview(file, file.name);
  };
  const recheck = () => {
    const csv = Papa.unparse({ fields: [...importFields], data: rows.map((r) => importFields.map((f) => r.values[f] ?? '')) });
    void preview(new Blob([csv], { type: 'text/csv' }), 'rows.csv');
  };
  const edit = (index: number, field: ImportField, value: string) => {
    setRows((list) => list.map((r, i) => (i === index ? { ...r, values: { ...r.values, [field]: value } } : r)));
    setDirty(true);
  };
  const confirm = async () => {
    setError(null);
    setBusy(t('people.import.importing'));
    try {
      const result = await api<{ created: number }>(`${base}/participants/import`, { method: 'POST', body: { rows: rows.map((r) => r.values) } });
      setCreated(result.created);
      setStep('done');
    } catch (e) {
      // Errors come back as rows.<index>.<field>: put them on the cells again.
      if (e instanceof ApiError && e.fieldErrors.length) {
        setRows((list) => list.map((r, i) => ({
          ...r,
          errors: e.fieldErrors.filter((f) => f.path.startsWith(`rows.${i}.`)).map((f) => ({ field: f.path.split('.')[2] as ImportField, message: f.message })),
        })));
      }
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="page">
      <PageHeader title={t('people.import.title')} crumbs={[...programmeCrumbs(programme, t), { label: t('people.title'), to: `${base}/people` }, { label: t('people.tabs.import'), to: `${base}/people/import` }]} />
      <PeopleTabs />
      {step === 'upload' ? (
        <Card className="form-card" data-testid="participant-import">
          <Paragraph>{t('people.import.intro')}</Paragraph>
          <form onSubmit={upload} className="inline-form">
            <Field>
              <Label htmlFor="import-file">{t('people.import.file')}</Label>
              <input id="import-file" ref={fileInput} type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
            </Field>
            <Button type="submit" disabled={!!busy}>{t('people.import.upload')}</Button>
          </form>
        </Card>
      ) : null}
      {step === 'preview' ? (
        <section aria-labelledby="preview-heading" className="section" data-testid="participant-import">
          <Heading level={2} data-size="sm" id="preview-heading">{t('people.import.preview')}</Heading>
          <Paragraph>{t('people.import.previewIntro')}</Paragraph>
          <Alert data-color={errorRows ? 'warning' : 'success'}>
            <Paragraph>{errorRows ? t('people.import.rowErrors', { count: errorRows }) : t('people.import.allOk', { count: rows.length })}</Paragraph>
          </Alert>
          <ImportPreviewTable rows={rows} onChange={edit} />
          <div className="button-row">
            <Button variant="secondary" onClick={recheck} disabled={!!busy}>{t('people.import.recheck')}</Button>
            <Button data-testid="import-confirm" onClick={confirm} disabled={!!busy || dirty || errorRows > 0 || rows.length === 0}>
              {t('people.import.confirm', { count: rows.length })}
            </Button>
            <Button variant="tertiary" onClick={() => { setStep('upload'); setRows([]); }}>{t('people.cancel')}</Button>
          </div>
        </section>
      ) : null}
      {busy ? <Paragraph role="status"><Spinner aria-hidden data-size="sm" /> {busy}</Paragraph> : null}
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      <StatusMessage message={step === 'done' ? t('people.import.success', { count: created }) : null} />
      {step === 'done' ? (
        <div className="button-row">
          <Button asChild><Link to={`${base}/people`}>{t('people.import.toList')}</Link></Button>
          <Button variant="secondary" onClick={() => { setStep('upload'); setRows([]); }}>{t('people.import.again')}</Button>
        </div>
      ) : null}
    </div>
  );
}
