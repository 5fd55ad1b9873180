import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { LoadState } from '../../components/LoadState.js';
import { useApi } from '../../hooks/useApi.js';
import { useProgramme } from '../../hooks/useProgramme.js';
import { ChartFigure } from '../prepost/ChartFigure.js';
import { filterQuery, TouchpointFilters } from './filters.js';
import type { EmotionalMap } from './types.js';
import '../prepost/prepost.css';

/**
 * The emotional map (SVG with its table) and, below it, the numbered quotes behind its points. A click
 * on a point selects its quote; the numbered list is the keyboard and screen-reader way to the same quotes.
 */
export function EmotionalMapPage() {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const base = `/programmes/${programme.id}/codesign`;
  const [municipalityId, setMunicipalityId] = useState('');
  const [role, setRole] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const query = filterQuery(municipalityId, role);
  const map = useApi<EmotionalMap>(`${base}/emotional-map${query ? `?${query}` : ''}`);
  const point = map.data?.points.find((p) => p.id === selected);
  const onChartClick = (event: MouseEvent<HTMLDivElement>) => {
    const hit = (event.target as Element).closest?.('[data-touchpoint]');
    if (hit) setSelected(hit.getAttribute('data-touchpoint'));
  };
  return (
    <>
      <Heading level={2} data-size="sm">{t('codesign.map.title')}</Heading>
      <TouchpointFilters programmeId={programme.id} idPrefix="map-filter" municipalityId={municipalityId} role={role} onMunicipality={setMunicipalityId} onRole={setRole} />
      {!map.data ? <LoadState error={map.error} /> : (
        <>
          {map.data.suppressing ? <Paragraph data-size="sm">{t('codesign.map.suppressingNote', { threshold: map.data.threshold })}</Paragraph> : null}
          {/* Clicks on the server-made SVG's points (non-focusable) select a quote; the list below does the same by keyboard. */}
          <div className="emotional-map" onClick={onChartClick} data-testid="emotional-map">
            <ChartFigure chart={map.data.chart} />
          </div>
          <p>
            <a href={`/api/v1${base}/emotional-map.svg${query ? `?${query}` : ''}`} download>{t('codesign.map.download')}</a>
          </p>
          <div role="status" className="selected-quote" data-testid="selected-quote">
            {point ? (
              <>
                <Heading level={3} data-size="2xs">{`${t('codesign.map.selected')}: ${point.n}. ${point.stageLabel}, ${t(`codesign.roles.${point.role}`)} – ${point.emotionLabel}`}</Heading>
                <blockquote><q>{point.quote.text}</q> {point.quote.attribution}</blockquote>
              </>
            ) : null}
          </div>
          <Heading level={3} data-size="xs">{t('codesign.map.quotes')}</Heading>
          {map.data.points.length === 0 ? <Paragraph>{t('codesign.map.none')}</Paragraph> : (
            <ol className="map-quotes" data-testid="map-quotes">
              {map.data.points.map((p) => (
                <li key={p.id} value={p.n}>
                  <Button variant="tertiary" data-size="sm" aria-pressed={selected === p.id} onClick={() => setSelected(p.id)}>
                    {`${p.stageLabel} · ${t(`codesign.roles.${p.role}`)} · ${p.emotionLabel} (${t(`codesign.valence.${p.valence}`)})`}
                  </Button>
                  <q className="map-quote-text">{p.quote.text}</q> <span>{p.quote.attribution}</span>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  );
}
