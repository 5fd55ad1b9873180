import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { NameSuggestion } from '../../analysis-types.js';
import { useApi } from '../../hooks/useApi.js';

interface Props {
  base: string;
  documentId: string;
  canWrite: boolean;
  /** After a confirmation the text (and the codings' positions) changed. */
  onChanged(): void;
}

/** Words that look like names and were not registered: confirm (replaced by [navn]) or dismiss. */
export function NameSuggestions({ base, documentId, canWrite, onChanged }: Props) {
  const { t } = useTranslation();
  const list = useApi<NameSuggestion[]>(`${base}/documents/${documentId}/suggestions?status=pending`);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const pending = list.data ?? [];
  // One row per distinct word: confirming replaces every occurrence.
  const words = [...new Map(pending.map((s) => [s.word, s])).values()];

  const decide = async (s: NameSuggestion, action: 'confirm' | 'dismiss') => {
    setError(null);
    try {
      await api(`${base}/documents/${documentId}/suggestions/${s.id}/${action}`, { method: 'POST', body: {} });
      setMessage(t(action === 'confirm' ? 'analysis.suggestions.confirmed' : 'analysis.suggestions.dismissed', { word: s.word }));
      list.reload();
      if (action === 'confirm') onChanged();
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <>
      {words.length ? (
        <section className="section suggestions" aria-labelledby="suggestions-heading" data-testid="name-suggestions">
          <Heading level={2} data-size="xs" id="suggestions-heading">{t('analysis.suggestions.title', { count: words.length })}</Heading>
          <Paragraph data-size="sm">{t('analysis.suggestions.intro')}</Paragraph>
          <ul className="member-list">
            {words.map((s) => (
              <li key={s.id}>
                <span><strong>{s.word}</strong></span>
                {canWrite ? (
                  <span className="button-row">
                    <Button data-size="sm" variant="secondary" onClick={() => decide(s, 'confirm')}>{t('analysis.suggestions.confirm', { word: s.word })}</Button>
                    <Button data-size="sm" variant="tertiary" onClick={() => decide(s, 'dismiss')}>{t('analysis.suggestions.dismiss', { word: s.word })}</Button>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {error ? <Paragraph role="alert" className="error-text">{error}</Paragraph> : null}
      <div role="status" className="status-region">{message}</div>
    </>
  );
}
