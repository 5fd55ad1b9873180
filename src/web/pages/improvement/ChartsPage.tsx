import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import { programmeCrumbs, useProgramme } from '../../hooks/useProgramme.js';
import type { SpcChartDto } from '../../improvement-types.js';
import { ChartFigure } from '../prepost/ChartFigure.js';
import { ImprovementTabs } from './ImprovementTabs.js';
import './improvement.css';

type Multiple = { indicatorId: string; measureId: string; municipalityId: string; municipalityName: string; chart: SpcChartDto };

/** Small multiples: the same measurement in every municipality that shares it, side by side. */
export function ChartsPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/improvement`;
  const [name, setName] = useState('');
  const resource = useApi<Multiple[]>(`${base}/small-multiples${name.trim() ? `?name=${encodeURIComponent(name.trim())}` : ''}`);
  const title = t('improvement.multiples.heading');
  return (
    <div className="page">
      <PageHeader title={title} crumbs={[...programmeCrumbs(programme, t), { label: t('improvement.title'), to: base }, { label: title, to: `${base}/charts` }]} />
      <ImprovementTabs />
      <Textfield id="multiples-name" label={t('improvement.multiples.name')} value={name} onChange={(e) => setName(e.target.value)} />
      {!resource.data ? <LoadState error={resource.error} /> : resource.data.length === 0 ? <Paragraph>{t('improvement.multiples.none')}</Paragraph> : (
        <div className="improvement-multiples" data-testid="small-multiples">
          {resource.data.map((x) => (
            <div key={x.indicatorId} className="improvement-svg">
              <Heading level={2} data-size="2xs"><Link to={`${base}/measures/${x.measureId}`}>{x.municipalityName}</Link></Heading>
              <ChartFigure chart={x.chart} />
              <ul>{x.chart.signals.map((s) => <li key={s}>{s}</li>)}</ul>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
