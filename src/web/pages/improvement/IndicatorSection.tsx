import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading, Link as DsLink, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { FormErrors } from '../../components/FormErrors.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import type { IndicatorDto } from '../../improvement-types.js';
import { ChartFigure } from '../prepost/ChartFigure.js';
import { formatNumber } from '../../format.js';
import { DataPoints } from './DataPoints.js';

/** One measurement: its definition, its chart with the table and the signals in words, data entry and import, chart settings. */
export function IndicatorSection({ indicator: i, path, canEdit, threshold, onDone }: { indicator: IndicatorDto; path: string; canEdit: boolean; threshold: number; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const m = (k: string, v?: Record<string, unknown>) => t(`improvement.measure.${k}`, v);
  const [saved, setSaved] = useState<string | null>(null);
  const [rows, setRows] = useState('');
  const entry = useFormSubmit(async () => {
    const parsed = rows.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
      const [period = '', value = '', denominator, note] = l.split(/[;\t]/).map((c) => c.trim());
      return { period, value, ...(denominator ? { denominator } : {}), ...(note ? { note } : {}) };
    });
    const r = await api<{ recorded: number }>(`${path}/measurements`, { method: 'POST', body: { rows: parsed } });
    setRows('');
    setSaved(m('recorded', { count: r.recorded }));
    onDone();
  });
  const [file, setFile] = useState<File | null>(null);
  const upload = useFormSubmit(async () => {
    const form = new FormData();
    if (file) form.append('file', file);
    const r = await api<{ recorded: number }>(`${path}/import`, { method: 'POST', body: form });
    setSaved(m('recorded', { count: r.recorded }));
    onDone();
  });
  const [settings, setSettings] = useState({ chart: i.chartType, baselinePoints: i.baselinePoints ? String(i.baselinePoints) : '', parts: i.parts.join(', '), countsParticipants: i.countsParticipants });
  const save = useFormSubmit(async () => {
    const parts = settings.parts.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
    await api(path, { method: 'PATCH', body: { chart: settings.chart, baselinePoints: settings.baselinePoints ? Number(settings.baselinePoints) : null, parts, countsParticipants: settings.countsParticipants } });
    onDone();
  });
  const slug = i.id.slice(0, 8);
  return (
    <div className="improvement-section" data-testid={`indicator-${i.name}`}>
      <Heading level={3} data-size="2xs">{i.name}</Heading>
      <Paragraph>
        {[i.definition, t(`improvement.valueTypes.${i.valueType}`), t(`improvement.frequencies.${i.frequency}`), t(`improvement.directions.${i.direction}`), i.goal !== null ? `${m('goal')}: ${formatNumber(i.goal, i18n.language, 4)}` : ''].filter(Boolean).join(' · ')}
      </Paragraph>
      {i.chart ? (
        <>
          <div className="improvement-svg"><ChartFigure chart={i.chart} /></div>
          <Heading level={4} data-size="2xs">{m('signalsHeading')}</Heading>
          <ul data-testid="chart-signals">{i.chart.signals.map((s) => <li key={s}>{s}</li>)}</ul>
          <Paragraph><DsLink href={`/api/v1${path}/chart.png`} download>{m('png')}</DsLink></Paragraph>
        </>
      ) : <Paragraph>{m('noData')}</Paragraph>}
      <DataPoints indicator={i} path={path} canEdit={canEdit} threshold={threshold} onDone={onDone} />
      {canEdit ? (
        <>
          <form onSubmit={entry.submit} className="improvement-form">
            <FormErrors error={entry.error} formId={`rows-${slug}`} labels={{}} headingLevel={3} />
            <Textfield id={`rows-${slug}-rows`} label={m('addRows')} description={m('rowsHelp')} multiline rows={4} value={rows} onChange={(e) => setRows(e.target.value)} />
            <div className="button-row"><Button type="submit" disabled={entry.busy}>{m('addRows')}</Button></div>
          </form>
          <form onSubmit={upload.submit} className="improvement-form">
            <FormErrors error={upload.error} formId={`import-${slug}`} labels={{ file: m('importFile') }} headingLevel={3} />
            <Textfield id={`import-${slug}-file`} type="file" label={m('importFile')} accept=".csv,.xlsx,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <div className="button-row"><Button type="submit" variant="secondary" disabled={upload.busy}>{m('importButton')}</Button></div>
          </form>
          <StatusMessage message={saved} />
          <form onSubmit={save.submit} className="improvement-form">
            <FormErrors error={save.error} formId={`settings-${slug}`} labels={{ chart: m('chart'), parts: m('parts'), baselinePoints: m('baselinePoints'), countsParticipants: m('countsParticipants') }} headingLevel={3} />
            <SelectField id={`settings-${slug}-chart`} label={m('chart')} value={settings.chart} onChange={(chart) => setSettings({ ...settings, chart })}>
              {['run', 'i', 'p', 'u', 'c'].map((c) => <option key={c} value={c}>{t(`improvement.charts.${c}`)}</option>)}
            </SelectField>
            <Textfield id={`settings-${slug}-baselinePoints`} type="number" min={2} label={m('baselinePoints')} value={settings.baselinePoints} onChange={(e) => setSettings({ ...settings, baselinePoints: e.target.value })} />
            <Textfield id={`settings-${slug}-parts`} label={m('parts')} value={settings.parts} onChange={(e) => setSettings({ ...settings, parts: e.target.value })} />
            {i.valueType === 'continuous' ? null : <Checkbox id={`settings-${slug}-countsParticipants`} label={m('countsParticipants')} description={m('countsParticipantsHelp')} checked={settings.countsParticipants} onChange={(e) => setSettings({ ...settings, countsParticipants: e.target.checked })} />}
            <div className="button-row"><Button type="submit" variant="secondary" disabled={save.busy}>{m('saveSettings')}</Button></div>
          </form>
        </>
      ) : null}
    </div>
  );
}

/** Defines a new measurement of the measure. */
export function NewIndicatorForm({ path, onDone }: { path: string; onDone(): void }) {
  const { t } = useTranslation();
  const m = (k: string) => t(`improvement.measure.${k}`);
  const blank = { name: '', definition: '', valueType: 'count', numerator: '', denominator: '', frequency: 'month', direction: 'up', goal: '', chart: 'run', countsParticipants: false };
  const [f, setF] = useState(blank);
  const { submit, error, busy } = useFormSubmit(async () => {
    await api(`${path}/indicators`, { method: 'POST', body: { ...f, goal: f.goal.trim() ? Number(f.goal.replace(',', '.')) : null, countsParticipants: f.valueType !== 'continuous' && f.countsParticipants } });
    setF(blank);
    onDone();
  });
  const select = (k: 'valueType' | 'frequency' | 'direction' | 'chart', options: string[], prefix: string) => (
    <SelectField id={`indicator-${k}`} label={m(k)} value={f[k]} onChange={(v) => setF({ ...f, [k]: v })}>
      {options.map((o) => <option key={o} value={o}>{t(`improvement.${prefix}.${o}`)}</option>)}
    </SelectField>
  );
  return (
    <form onSubmit={submit} className="improvement-form" aria-labelledby="new-indicator">
      <Heading level={3} data-size="2xs" id="new-indicator">{m('newIndicator')}</Heading>
      <FormErrors error={error} formId="indicator" labels={{ name: m('name'), chart: m('chart'), countsParticipants: m('countsParticipants') }} headingLevel={3} />
      <Textfield id="indicator-name" label={m('name')} value={f.name} onChange={(e) => setF({ ...f, name: e.target.value })} required />
      <Textfield id="indicator-definition" label={m('definition')} multiline rows={2} value={f.definition} onChange={(e) => setF({ ...f, definition: e.target.value })} />
      {select('valueType', ['count', 'proportion', 'continuous'], 'valueTypes')}
      <Textfield id="indicator-numerator" label={m('numerator')} value={f.numerator} onChange={(e) => setF({ ...f, numerator: e.target.value })} />
      <Textfield id="indicator-denominator" label={m('denominator')} value={f.denominator} onChange={(e) => setF({ ...f, denominator: e.target.value })} />
      {select('frequency', ['week', 'month', 'quarter'], 'frequencies')}
      {select('direction', ['up', 'down'], 'directions')}
      <Textfield id="indicator-goal" inputMode="decimal" label={m('goal')} value={f.goal} onChange={(e) => setF({ ...f, goal: e.target.value })} />
      {select('chart', ['run', 'i', 'p', 'u', 'c'], 'charts')}
      {f.valueType === 'continuous' ? null : <Checkbox id="indicator-countsParticipants" label={m('countsParticipants')} description={m('countsParticipantsHelp')} checked={f.countsParticipants} onChange={(e) => setF({ ...f, countsParticipants: e.target.checked })} />}
      <div className="button-row"><Button type="submit" disabled={busy}>{m('addIndicator')}</Button></div>
    </form>
  );
}
