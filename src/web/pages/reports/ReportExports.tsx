import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { ReportExportRow } from './report-types.js';

const pollMs = 700;

/**
 * Word and PDF exports: a button queues one (a background job builds it), a progress bar follows it
 * by polling its status, and the finished file is a download link.
 */
export function ReportExports({ programmeId, initial, run }: { programmeId: string; initial: ReportExportRow[]; run(action: () => Promise<unknown>, then?: () => void): Promise<void> }) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/report/exports`;
  const [rows, setRows] = useState<ReportExportRow[]>(initial);
  const busy = rows.filter((r) => r.status === 'queued' || r.status === 'running');

  useEffect(() => {
    if (!busy.length) return;
    const timer = setTimeout(async () => {
      const next = await Promise.all(busy.map((r) => api<ReportExportRow>(`${base}/${r.id}`).catch(() => r)));
      setRows((all) => all.map((r) => next.find((n) => n.id === r.id) ?? r));
    }, pollMs);
    return () => clearTimeout(timer);
  }, [rows]);

  const start = (format: 'docx' | 'pdf') => run(async () => {
    const row = await api<ReportExportRow>(base, { method: 'POST', body: { format } });
    setRows((all) => [row, ...all]);
  }, () => {});
  const label = (f: string) => (f === 'docx' ? 'Word' : 'PDF');
  const latest = (['docx', 'pdf'] as const).map((f) => rows.find((r) => r.format === f)).filter((r): r is ReportExportRow => !!r);

  return (
    <Card data-testid="report-exports">
      <Heading level={3} data-size="xs">{t('reportDoc.ui.exportsHeading')}</Heading>
      <div className="button-row">
        <Button onClick={() => start('docx')} disabled={busy.some((r) => r.format === 'docx')}>{t('reportDoc.ui.exportWord')}</Button>
        <Button onClick={() => start('pdf')} disabled={busy.some((r) => r.format === 'pdf')}>{t('reportDoc.ui.exportPdf')}</Button>
      </div>
      <ul className="export-list">
        {latest.map((r) => (
          <li key={r.id} data-testid={`export-${r.format}`}>
            {r.status === 'done' && r.fileName ? <a href={`/api/v1${base}/${r.id}/file`} download={r.fileName}>{t('reportDoc.ui.download', { file: r.fileName })}</a>
              : r.status === 'failed' ? <Paragraph data-size="sm" role="alert">{t('reportDoc.ui.failed')}</Paragraph>
              : (
                <>
                  <label htmlFor={`progress-${r.id}`}>{t('reportDoc.ui.progress', { format: label(r.format), percent: r.progress })}</label>
                  <progress id={`progress-${r.id}`} max={100} value={r.progress} />
                </>
              )}
          </li>
        ))}
      </ul>
    </Card>
  );
}
