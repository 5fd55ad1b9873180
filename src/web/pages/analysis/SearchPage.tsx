import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import type { SearchHit } from '../../analysis-types.js';
import { AnalysisTabs } from '../../components/analysis/AnalysisTabs.js';
import { useAnalysis } from '../../components/analysis/useAnalysis.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import '../../analysis.css';

/** Full-text search across the programme's documents (Norwegian stemming); matches shown as <mark> from the API's parts, never as HTML. */
export function SearchPage() {
  const { t } = useTranslation();
  const { base, crumbs } = useAnalysis();
  const [input, setInput] = useState('');
  const [q, setQ] = useState('');
  const hits = useApi<SearchHit[]>(q ? `${base}/search?q=${encodeURIComponent(q)}&limit=50` : null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQ(input.trim());
  };

  return (
    <div className="page">
      <PageHeader title={t('analysis.search.title')} crumbs={[...crumbs, { label: t('analysis.tabs.search'), to: `${base}/search` }]} />
      <AnalysisTabs />
      <form onSubmit={submit} role="search" className="inline-form search-form">
        <Textfield id="analysis-search" type="search" label={t('analysis.search.label')} value={input} onChange={(e) => setInput(e.target.value)} />
        <Button type="submit">{t('analysis.search.submit')}</Button>
      </form>
      <Paragraph data-size="sm" className="muted">{t('analysis.search.help')}</Paragraph>
      {!q ? null : !hits.data ? <LoadState error={hits.error} /> : (
        <section aria-live="polite">
          <Paragraph>{t('analysis.search.count', { count: hits.data.length, q })}</Paragraph>
          <ol className="search-results" data-testid="search-results">
            {hits.data.map((h) => (
              <li key={h.documentId}>
                <Link to={`${base}/documents/${h.documentId}`}>{h.title}</Link>
                <span className="cell-sub">{t(`analysis.kinds.${h.kind}`)}</span>
                <p className="search-snippet">{h.parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</p>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
