import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import { ChartFigure } from './ChartFigure.js';
import { PrePostTabs } from './PrePostTabs.js';
import { ResultsTable, type TestChoice } from './ResultsTable.js';
import type { PrePostAnalysisDto, PrePostInstrument, ScaleChartsDto } from './types.js';
import './prepost.css';

/** Pre/post results (issue 6): per course and pooled, both paired tests, charts with their tables, downloads. */
export function PrePostPage() {
  const { t, i18n } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/prepost`;
  const instruments = useApi<PrePostInstrument[]>(base);
  const [instrumentId, setInstrumentId] = useState('');
  const [scale, setScale] = useState('');
  const [group, setGroup] = useState('pooled');
  const [test, setTest] = useState<TestChoice>('both');
  const [reportLanguage, setReportLanguage] = useState(i18n.language === 'nn' ? 'nn' : 'nb');
  useEffect(() => {
    if (!instrumentId && instruments.data?.length) setInstrumentId(instruments.data[0].instrumentId);
  }, [instruments.data, instrumentId]);
  const analysis = useApi<PrePostAnalysisDto>(instrumentId ? `${base}/${instrumentId}` : null);
  const current = analysis.data?.instrumentId === instrumentId ? analysis.data : undefined;
  useEffect(() => {
    if (current && !current.scales.some((s) => s.name === scale)) setScale(current.scales[0]?.name ?? '');
  }, [current, scale]);
  const reliability = useApi<{ scale: string; text: string }[]>(current ? `${base}/${instrumentId}/reliability` : null);
  const charts = useApi<ScaleChartsDto>(current && scale ? `${base}/${instrumentId}/charts?scale=${scale}&group=${group}` : null);
  const title = t('prepost.title');
  const crumbs = [...programmeCrumbs(programme, t), { label: t('nav.questionnaires'), to: `/programmes/${programme.id}/questionnaires` }, { label: title, to: `/programmes/${programme.id}/questionnaires/prepost` }];
  const selected = current?.scales.find((s) => s.name === scale);
  const titleOf = (i: PrePostInstrument) => i.title[i18n.language] ?? i.title.nb ?? i.title.nn ?? i.title.en ?? '';

  return (
    <div className="page">
      <PageHeader title={title} crumbs={crumbs} />
      <PrePostTabs />
      <Paragraph>{t('prepost.page.intro')}</Paragraph>
      {!instruments.data ? <LoadState error={instruments.error} /> : instruments.data.length === 0 ? <Paragraph>{t('prepost.page.noInstruments')}</Paragraph> : (
        <div className="filters">
          <SelectField id="prepost-instrument" label={t('prepost.page.instrument')} value={instrumentId} onChange={(v) => { setInstrumentId(v); setScale(''); setGroup('pooled'); }}>
            {instruments.data.map((i) => <option key={i.instrumentId} value={i.instrumentId}>{titleOf(i)}</option>)}
          </SelectField>
        </div>
      )}
      {instrumentId && !current ? <LoadState error={analysis.error} /> : null}
      {current ? (
        <>
          <section aria-labelledby="prepost-summary">
            <Heading level={2} data-size="sm" id="prepost-summary">{t('prepost.page.summary')}</Heading>
            {current.summary.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
            {current.suppressing ? <Paragraph>{t('prepost.page.suppressedNote', { threshold: current.threshold })}</Paragraph> : null}
          </section>
          <section aria-labelledby="prepost-downloads">
            <Heading level={2} data-size="sm" id="prepost-downloads">{t('prepost.page.downloads')}</Heading>
            <div className="filters">
              <SelectField id="prepost-report-language" label={t('prepost.page.reportLanguage')} value={reportLanguage} onChange={setReportLanguage}>
                <option value="nb">{t('lang.nb')}</option>
                <option value="nn">{t('lang.nn')}</option>
                <option value="en">{t('lang.en')}</option>
              </SelectField>
            </div>
            <ul className="prepost-downloads">
              <li><a href={`/api/v1${base}/${instrumentId}/report.docx?language=${reportLanguage}`} download data-testid="prepost-docx">{t('prepost.page.docx')}</a></li>
              <li><a href={`/api/v1${base}/${instrumentId}/report.pdf?language=${reportLanguage}`} download data-testid="prepost-pdf">{t('prepost.page.pdf')}</a></li>
              <li><a href={`/api/v1${base}/${instrumentId}/pairs.csv`} download data-testid="prepost-pairs-csv">{t('prepost.page.pairsCsv')}</a></li>
              <li><a href={`/api/v1${base}/${instrumentId}/results.csv`} download data-testid="prepost-results-csv">{t('prepost.page.resultsCsv')}</a></li>
            </ul>
          </section>
          <section aria-labelledby="prepost-results">
            <Heading level={2} data-size="sm" id="prepost-results">{selected ? t('prepost.page.tableCaption', { scale: selected.label }) : title}</Heading>
            <div className="filters">
              <SelectField id="prepost-scale" label={t('prepost.page.scale')} value={scale} onChange={setScale}>
                {current.scales.map((s) => <option key={s.name} value={s.name}>{s.parent ? `— ${s.label}` : s.label}</option>)}
              </SelectField>
              <SelectField id="prepost-test" label={t('prepost.page.testChoice')} value={test} onChange={(v) => setTest(v as TestChoice)}>
                <option value="both">{t('prepost.page.testBoth')}</option>
                <option value="paired_t">{t('prepost.page.testT')}</option>
                <option value="wilcoxon">{t('prepost.page.testWilcoxon')}</option>
              </SelectField>
            </div>
            {selected ? (
              <>
                <Paragraph>{selected.summary}</Paragraph>
                <ResultsTable caption={t('prepost.page.tableCaption', { scale: selected.label })} rows={selected.rows} test={test} />
                {reliability.data?.filter((r) => r.scale === scale).map((r) => <Paragraph key={r.scale} data-testid="prepost-reliability">{r.text}</Paragraph>)}
              </>
            ) : null}
          </section>
          <section aria-labelledby="prepost-charts">
            <Heading level={2} data-size="sm" id="prepost-charts">{t('prepost.page.charts')}</Heading>
            <div className="filters">
              <SelectField id="prepost-group" label={t('prepost.page.group')} value={group} onChange={setGroup}>
                <option value="pooled">{t('prepost.pooled')}</option>
                {current.courses.some((c) => c.isPilot) && current.courses.some((c) => !c.isPilot) ? <option value="later">{t('prepost.laterPooled')}</option> : null}
                {current.courses.map((c) => <option key={c.key} value={c.key}>{c.label}{c.isPilot ? ` (${t('prepost.pilot')})` : ''}</option>)}
              </SelectField>
            </div>
            {charts.data && charts.data.scale === scale ? (
              <>
                <ChartFigure chart={charts.data.forest} />
                <ChartFigure chart={charts.data.paired} />
                <ChartFigure chart={charts.data.distribution} />
              </>
            ) : <LoadState error={charts.error} />}
          </section>
          <section aria-labelledby="prepost-methods">
            <Heading level={2} data-size="sm" id="prepost-methods">{t('prepost.page.methods')}</Heading>
            {current.methods.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
          </section>
        </>
      ) : null}
    </div>
  );
}
