import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { Quote, Segment } from '../../analysis-types.js';

interface Props {
  base: string;
  segments: Segment[];
  quotes: Quote[];
}

/** Segments with their document and attribution; each can be copied as an anonymised quote. */
export function SegmentList({ base, segments, quotes }: Props) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState('');
  const quoteOf = new Map(quotes.map((q) => [q.codingId, q.quote]));
  const copy = async (s: Segment) => {
    const quote = quoteOf.get(s.codingId);
    if (!quote) return;
    try {
      await navigator.clipboard.writeText(quote);
      setCopied(t('analysis.retrieval.copied', { quote }));
    } catch {
      setCopied(t('analysis.retrieval.copyFailed', { quote }));
    }
  };
  if (segments.length === 0) return <Paragraph data-testid="segment-list">{t('analysis.retrieval.empty')}</Paragraph>;
  return (
    <>
      <Paragraph className="muted">{t('analysis.retrieval.count', { count: segments.length })}</Paragraph>
      <ol className="segment-list" data-testid="segment-list">
        {segments.map((s) => (
          <li key={s.codingId}>
            <blockquote className="segment-text">{s.text}</blockquote>
            <p className="segment-meta">
              <Link to={`${base}/documents/${s.documentId}`}>{s.documentTitle}</Link>
              {' · '}{s.codeName}
              {s.municipalityName ? ` · ${s.municipalityName}` : ''}
              {s.roles.length ? ` · ${s.roles.map((r) => t(`people.roles.${r}`)).join(', ')}` : ''}
              {' · '}{t('analysis.retrieval.coder', { name: s.coderName ?? t('analysis.unknownCoder') })}
            </p>
            {quoteOf.has(s.codingId) ? (
              <Button variant="tertiary" data-size="sm" onClick={() => copy(s)}>{t('analysis.retrieval.copy')}<span className="ds-sr-only"> – {s.documentTitle}</span></Button>
            ) : null}
          </li>
        ))}
      </ol>
      <div role="status" className="status-region">{copied}</div>
    </>
  );
}
