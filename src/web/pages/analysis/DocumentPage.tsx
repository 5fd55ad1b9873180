import { useCallback, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import type { AnalysisDocument, Code, Coding } from '../../analysis-types.js';
import { AnalysisTabs } from '../../components/analysis/AnalysisTabs.js';
import { rangeOf, type Caret } from '../../components/analysis/caret.js';
import { CodePicker } from '../../components/analysis/CodePicker.js';
import { CodingText } from '../../components/analysis/CodingText.js';
import { MemberCheckPanel } from '../../components/analysis/MemberCheckPanel.js';
import { MemoPanel } from '../../components/analysis/MemoPanel.js';
import { NameSuggestions } from '../../components/analysis/NameSuggestions.js';
import { useAnalysis } from '../../components/analysis/useAnalysis.js';
import { LoadState } from '../../components/LoadState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { useApi } from '../../hooks/useApi.js';
import { CodingTouchpointPanel } from '../codesign/CodingTouchpointPanel.js';
import { mayMark } from '../codesign/filters.js';
import '../../analysis.css';

/** One document: its pseudonymised text with speaker turns, coding by mouse or keyboard, name suggestions, memos and person summaries. */
export function DocumentPage() {
  const { t } = useTranslation();
  const { documentId } = useParams();
  const { base, crumbs, canWrite, programme } = useAnalysis();
  const doc = useApi<AnalysisDocument>(`${base}/documents/${documentId}`);
  const codes = useApi<Code[]>(`${base}/codes`);
  const codings = useApi<{ blind: boolean; codings: Coding[] }>(`${base}/documents/${documentId}/codings`);
  const [caret, setCaret] = useState<Caret>({ anchor: 0, focus: 0 });
  const [picking, setPicking] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  // The segment offered for marking as a touchpoint (EBCD programmes): the one just coded, or one the researcher picks.
  const [touchpointCoding, setTouchpointCoding] = useState('');
  const textRegion = useRef<HTMLDivElement>(null);
  const codeMap = useMemo(() => new Map((codes.data ?? []).map((c) => [c.id, c])), [codes.data]);
  const chars = useMemo(() => Array.from(doc.data?.text ?? ''), [doc.data?.text]);
  // What gets coded: the selection without the spaces at its edges (word jumps leave one behind).
  const selection = (() => {
    let { start, end } = rangeOf(caret);
    while (start < end && /\s/u.test(chars[start])) start++;
    while (end > start && /\s/u.test(chars[end - 1])) end--;
    return { start, end };
  })();

  const backToText = () => window.setTimeout(() => textRegion.current?.querySelector<HTMLElement>('[data-testid="coding-text"]')?.focus(), 0);
  const apply = async (codeIds: string[]) => {
    setError(null);
    try {
      const created = await api<Coding[]>(`${base}/codings`, { method: 'POST', body: { documentId, codeIds, ...selection } });
      if (created?.[0]) setTouchpointCoding(created[0].id);
      const names = codeIds.map((id) => codeMap.get(id)?.name ?? '').join(', ');
      setStatus(t('analysis.coding.applied', { codes: names, count: selection.end - selection.start }));
      setPicking(false);
      setCaret({ anchor: selection.end, focus: selection.end });
      codings.reload();
      codes.reload();
      backToText();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const remove = useCallback(async (coding: Coding) => {
    setError(null);
    try {
      await api(`${base}/codings/${coding.id}`, { method: 'DELETE' });
      setStatus(t('analysis.coding.removed', { code: codeMap.get(coding.codeId)?.name ?? '' }));
      codings.reload();
      backToText();
    } catch (e) {
      setError((e as Error).message);
    }
  }, [base, codeMap, codings, t]);
  const onCaret = useCallback((c: Caret) => setCaret(c), []);

  if (!doc.data) return <div className="page"><LoadState error={doc.error} /></div>;
  const speakers = [...new Set(doc.data.turns.map((turn) => turn.speaker).filter((s): s is string => !!s))];
  return (
    <div className="page">
      <PageHeader title={doc.data.title} crumbs={[...crumbs, { label: doc.data.title, to: `${base}/documents/${documentId}` }]} />
      <AnalysisTabs />
      <p className="muted">{t(`analysis.kinds.${doc.data.kind}`)} · {t('analysis.documents.lengthValue', { count: doc.data.length })}</p>
      {codings.data?.blind ? <Alert data-color="info"><Paragraph>{t('analysis.coding.blind')}</Paragraph></Alert> : null}
      <NameSuggestions base={base} documentId={documentId!} canWrite={canWrite} onChanged={() => { doc.reload(); codings.reload(); }} />
      {codes.data && codes.data.length === 0 && canWrite ? <Alert data-color="info"><Paragraph>{t('analysis.coding.noCodes')}</Paragraph></Alert> : null}
      <div className="coding-layout" ref={textRegion}>
        <CodingText
          text={doc.data.text}
          turns={doc.data.turns}
          codings={codings.data?.codings ?? []}
          codes={codeMap}
          caret={caret}
          onCaret={onCaret}
          onCode={() => setPicking(true)}
          canWrite={canWrite}
          onDelete={remove}
        />
        {picking ? (
          <CodePicker
            codes={codes.data ?? []}
            excerpt={chars.slice(selection.start, Math.min(selection.end, selection.start + 120)).join('')}
            onApply={apply}
            onCancel={() => { setPicking(false); backToText(); }}
          />
        ) : null}
      </div>
      {error ? <Alert data-color="danger" role="alert"><Paragraph>{error}</Paragraph></Alert> : null}
      <div role="status" className="status-region" data-testid="coding-status">{status}</div>
      {programme.kind === 'codesign' && canWrite && mayMark(programme.myRoles) && codings.data ? (
        <CodingTouchpointPanel programmeId={programme.id} documentId={documentId!} text={doc.data.text} codings={codings.data.codings} codeName={(id) => codeMap.get(id)?.name ?? ''}
          documentRole={doc.data.attributes.role ?? null} codingId={touchpointCoding} onCoding={setTouchpointCoding} />
      ) : null}
      <div className="memo-grid">
        <MemoPanel base={base} kind="document" targetId={documentId!} canWrite={canWrite} title={t('analysis.memos.documentTitle')} />
        <MemoPanel base={base} kind="person_summary" targetId={documentId!} canWrite={canWrite} title={t('analysis.memos.summaryTitle')} subjects={speakers} />
      </div>
      <MemberCheckPanel base={base} programmeId={programme.id} documentId={documentId!} participantIds={doc.data.participantIds} canWrite={canWrite} />
    </div>
  );
}
