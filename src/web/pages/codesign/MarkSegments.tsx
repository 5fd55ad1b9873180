import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { AnalysisDocument, Code, Coding, DocumentSummary } from '../../analysis-types.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { useApi } from '../../hooks/useApi.js';
import { TouchpointForm } from './TouchpointForm.js';
import type { Stage, Touchpoint } from './types.js';

/** Code points, as every range in analysis counts them. */
const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

/**
 * Marking touchpoints while coding: choose an interview, and each coded segment (one per coding)
 * can be marked with its journey stage, who experienced it and the emotion.
 */
export function MarkSegments({ programmeId, stages, touchpoints, onChanged }: { programmeId: string; stages: Stage[]; touchpoints: Touchpoint[]; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/analysis`;
  const documents = useApi<DocumentSummary[]>(`${base}/documents`);
  const [documentId, setDocumentId] = useState('');
  const doc = useApi<AnalysisDocument>(documentId ? `${base}/documents/${documentId}` : null);
  const codings = useApi<{ blind: boolean; codings: Coding[] }>(documentId ? `${base}/documents/${documentId}/codings` : null);
  const codes = useApi<Code[]>(`${base}/codes`);
  const codeName = useMemo(() => new Map((codes.data ?? []).map((c) => [c.id, c.name])), [codes.data]);
  const byCoding = useMemo(() => new Map(touchpoints.map((tp) => [tp.codingId, tp])), [touchpoints]);
  const transcripts = (documents.data ?? []).filter((d) => d.kind === 'interview_transcript' || d.kind === 'focus_group_transcript' || d.kind === 'meeting_transcript');
  const documentRole = doc.data?.attributes.role ?? null;
  return (
    <Card className="form-card" data-testid="mark-segments">
      <Heading level={3} data-size="xs">{t('codesign.touchpoints.mark')}</Heading>
      <SelectField id="mark-document" label={t('codesign.touchpoints.document')} value={documentId} onChange={setDocumentId}>
        <option value="">{t('common.choose')}</option>
        {transcripts.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
      </SelectField>
      {documentId && (!doc.data || !codings.data) ? <LoadState error={doc.error ?? codings.error} /> : null}
      {doc.data && codings.data ? (
        codings.data.codings.length === 0 ? <Paragraph>{t('codesign.touchpoints.empty')}</Paragraph> : (
          <ol className="segment-marks">
            {codings.data.codings.map((c) => (
              <li key={c.id} data-testid={`segment-${c.id}`}>
                <blockquote className="segment-text">{slice(doc.data!.text, c.start, c.end)}</blockquote>
                <Paragraph data-size="sm" className="segment-code">{`${t('codesign.touchpoints.segment')}: ${codeName.get(c.codeId) ?? ''}`}</Paragraph>
                <TouchpointForm key={byCoding.get(c.id)?.updatedAt ?? 'new'} programmeId={programmeId} codingId={c.id} stages={stages} existing={byCoding.get(c.id)} documentRole={documentRole} onSaved={onChanged} />
              </li>
            ))}
          </ol>
        )
      ) : null}
    </Card>
  );
}
