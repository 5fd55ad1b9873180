import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import type { QuoteCandidate } from './report-types.js';

interface Code { id: string; name: string; isTheme: boolean; codingCount: number }

/**
 * Quote picking for a findings section: retrieve a code's (or theme's) coded segments, already
 * anonymised as the report prints them, narrow them by words, pick or remove. `onChange` refreshes
 * the report's generated parts.
 */
export function QuotePicker({ programmeId, sectionId, editable, run, onChange }: {
  programmeId: string; sectionId: string; editable: boolean; run(action: () => Promise<unknown>, then?: () => void): Promise<void>; onChange(): void;
}) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/report`;
  const codes = useApi<Code[]>(`/programmes/${programmeId}/analysis/codes`);
  const picked = useApi<{ id: string; codingId: string; text: string; attribution: string }[]>(`${base}/sections/${sectionId}/quotes`);
  const [codeId, setCodeId] = useState('');
  const [words, setWords] = useState('');
  const [found, setFound] = useState<{ total: number; candidates: QuoteCandidate[] } | null>(null);

  const search = () => codeId && run(async () => {
    const q = new URLSearchParams({ codeId, sectionId, ...(words.trim() ? { words: words.trim() } : {}) });
    setFound(await api(`${base}/quote-candidates?${q}`));
  }, () => {});
  const pick = (codingId: string) => run(async () => {
    await api(`${base}/sections/${sectionId}/quotes`, { method: 'POST', body: { codingId, codeId } });
    setFound((f) => (f ? { ...f, candidates: f.candidates.map((c) => (c.codingId === codingId ? { ...c, picked: true } : c)) } : f));
  }, () => { picked.reload(); onChange(); });
  const unpick = (quoteId: string, codingId: string) => run(async () => {
    await api(`${base}/quotes/${quoteId}`, { method: 'DELETE' });
    setFound((f) => (f ? { ...f, candidates: f.candidates.map((c) => (c.codingId === codingId ? { ...c, picked: false } : c)) } : f));
  }, () => { picked.reload(); onChange(); });

  return (
    <Card data-testid="quote-picker">
      <Heading level={3} data-size="xs">{t('reportDoc.ui.pickedHeading')}</Heading>
      {picked.data?.length ? (
        <ul className="quote-list" data-testid="picked-quotes">
          {picked.data.map((q) => (
            <li key={q.codingId}>
              <blockquote>«{q.text}» {q.attribution}</blockquote>
              {editable ? <Button variant="tertiary" data-size="sm" onClick={() => unpick(q.id, q.codingId)}>{t('reportDoc.ui.unpick')}</Button> : null}
            </li>
          ))}
        </ul>
      ) : <Paragraph data-size="sm">{t('reportDoc.ui.noPicked')}</Paragraph>}
      {editable ? (
        <>
          <Heading level={3} data-size="xs">{t('reportDoc.ui.quotesHeading')}</Heading>
          <Paragraph data-size="sm">{t('reportDoc.ui.quotesIntro')}</Paragraph>
          <form className="inline-form" onSubmit={(e) => { e.preventDefault(); search(); }}>
            <SelectField id={`quote-code-${sectionId}`} label={t('reportDoc.ui.code')} value={codeId} onChange={setCodeId}>
              <option value="">{t('reportDoc.ui.chooseCode')}</option>
              {(codes.data ?? []).map((c) => <option key={c.id} value={c.id}>{`${c.name} (${c.codingCount})`}</option>)}
            </SelectField>
            <Textfield id={`quote-words-${sectionId}`} label={t('reportDoc.ui.words')} value={words} onChange={(e) => setWords(e.target.value)} />
            <Button type="submit" disabled={!codeId}>{t('reportDoc.ui.search')}</Button>
          </form>
          {found ? (
            <>
              <Paragraph data-size="sm" role="status">{t('reportDoc.ui.candidates', { shown: found.candidates.length, total: found.total })}</Paragraph>
              <ul className="quote-list" data-testid="quote-candidates">
                {found.candidates.map((c) => (
                  <li key={c.codingId}>
                    <blockquote>«{c.text}» {c.attribution}</blockquote>
                    {c.picked ? <span className="picked-mark">{t('reportDoc.ui.picked')}</span> : <Button variant="secondary" data-size="sm" onClick={() => pick(c.codingId)}>{t('reportDoc.ui.pick')}</Button>}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
