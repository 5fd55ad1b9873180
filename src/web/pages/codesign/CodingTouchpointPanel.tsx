import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Coding } from '../../analysis-types.js';
import { LoadState } from '../../components/LoadState.js';
import { SelectField } from '../../components/SelectField.js';
import { StatusMessage } from '../../components/StatusMessage.js';
import { useApi } from '../../hooks/useApi.js';
import { TouchpointForm } from './TouchpointForm.js';
import type { Stage, Touchpoint } from './types.js';

interface Props {
  programmeId: string;
  documentId: string;
  text: string;
  codings: Coding[];
  codeName: (codeId: string) => string;
  documentRole: string | null;
  /** The segment just coded on the page: the panel offers it first. */
  codingId: string;
  onCoding(codingId: string): void;
}

/** Code points, as every range in analysis counts them. */
const excerpt = (chars: string[], c: Coding) => {
  const s = chars.slice(c.start, c.end).join('');
  return s.length > 70 ? `${s.slice(0, 70)}…` : s;
};

/**
 * On the analysis document page of an EBCD programme: mark the segment being coded as a touchpoint
 * (issue 12 §1), with the same form and API as Samskaping → Berøringspunkter.
 */
export function CodingTouchpointPanel({ programmeId, documentId, text, codings, codeName, documentRole, codingId, onCoding }: Props) {
  const { t } = useTranslation();
  const base = `/programmes/${programmeId}/codesign`;
  const stages = useApi<Stage[]>(`${base}/stages`);
  const marked = useApi<Touchpoint[]>(`${base}/touchpoints?documentId=${documentId}`);
  const [status, setStatus] = useState<string | null>(null);
  const chars = useMemo(() => Array.from(text), [text]);
  const byCoding = useMemo(() => new Map((marked.data ?? []).map((tp) => [tp.codingId, tp])), [marked.data]);
  const chosen = codings.find((c) => c.id === codingId) ?? null;
  const existing = chosen ? byCoding.get(chosen.id) : undefined;
  return (
    <Card className="form-card" data-testid="coding-touchpoint">
      <Heading level={2} data-size="xs">{t('codesign.touchpoints.inDocument')}</Heading>
      <Paragraph data-size="sm">{t('codesign.touchpoints.fromCodingIntro', { n: marked.data?.length ?? 0 })}</Paragraph>
      <StatusMessage message={status} />
      {codings.length === 0 ? <Paragraph>{t('codesign.touchpoints.noSegments')}</Paragraph> : (
        <SelectField id="coding-touchpoint-segment" label={t('codesign.touchpoints.segment')} value={codingId} onChange={onCoding}>
          <option value="">{t('common.choose')}</option>
          {codings.map((c) => (
            <option key={c.id} value={c.id}>{`${byCoding.has(c.id) ? '✓ ' : ''}${codeName(c.codeId)}: ${excerpt(chars, c)}`}</option>
          ))}
        </SelectField>
      )}
      {chosen && (!stages.data || !marked.data) ? <LoadState error={stages.error ?? marked.error} /> : null}
      {chosen && stages.data && marked.data ? (
        <>
          <blockquote className="segment-text">{chars.slice(chosen.start, chosen.end).join('')}</blockquote>
          <TouchpointForm key={`${chosen.id}-${existing?.updatedAt ?? 'new'}`} programmeId={programmeId} codingId={chosen.id} stages={stages.data} existing={existing} documentRole={documentRole}
            onSaved={(message) => { setStatus(message); marked.reload(); }} />
        </>
      ) : null}
    </Card>
  );
}
