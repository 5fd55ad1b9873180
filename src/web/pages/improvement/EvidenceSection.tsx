import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { ConfirmDialog } from '../../components/ConfirmDialog.js';
import { FormErrors } from '../../components/FormErrors.js';
import { LoadState } from '../../components/LoadState.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { useProgramme } from '../../hooks/useProgramme.js';

interface EvidenceDto { documentId: string; kind: string; title: string | null; municipalityId: string | null; canOpen: boolean; addedAt: string }
interface CandidateDto { id: string; title: string; kind: string }

/** The measure's evidence: analysis documents (interviews, harvests, minutes) linked to it; the team links and removes them. */
export function EvidenceSection({ path, canEdit }: { path: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const { programme } = useProgramme();
  const te = (k: string, vars?: Record<string, string>) => t(`improvement.evidence.${k}`, vars);
  const kindOf = (kind: string) => t(`analysis.kinds.${kind}`, { defaultValue: kind });
  const evidence = useApi<EvidenceDto[]>(`${path}/documents`);
  const [query, setQuery] = useState('');
  const candidates = useApi<CandidateDto[]>(canEdit ? `${path}/document-candidates?q=${encodeURIComponent(query)}` : null);
  const [removing, setRemoving] = useState<EvidenceDto | null>(null);
  const linking = useRef('');
  const { submit, error } = useFormSubmit(async () => {
    await api(`${path}/documents/${linking.current}`, { method: 'PUT' });
    evidence.reload();
    candidates.reload();
  });
  const remove = async () => {
    await api(`${path}/documents/${removing!.documentId}`, { method: 'DELETE' });
    evidence.reload();
    candidates.reload();
  };
  return (
    <section className="improvement-section" aria-labelledby="measure-evidence" data-testid="measure-evidence">
      <Heading level={2} data-size="xs" id="measure-evidence">{te('heading')}</Heading>
      <Paragraph data-size="sm">{te('intro')}</Paragraph>
      {!evidence.data ? <LoadState error={evidence.error} /> : evidence.data.length === 0 ? <Paragraph>{te('none')}</Paragraph> : (
        <ul>
          {evidence.data.map((e) => (
            <li key={e.documentId}>
              {e.title === null ? <em>{te('hidden')}</em> : e.canOpen ? <Link to={`/programmes/${programme.id}/analysis/documents/${e.documentId}`}>{e.title}</Link> : e.title}
              {' '}({kindOf(e.kind)})
              {canEdit ? <>{' '}<Button variant="tertiary" data-size="sm" data-color="danger" onClick={() => setRemoving(e)} aria-label={`${te('remove')}: ${e.title ?? te('hidden')}`}>{te('remove')}</Button></> : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <div className="improvement-form" role="group" aria-labelledby="evidence-add">
          <Heading level={3} data-size="2xs" id="evidence-add">{te('add')}</Heading>
          <FormErrors error={error} formId="evidence" labels={{ documentId: te('add') }} headingLevel={3} />
          <Textfield id="evidence-search" type="search" label={te('search')} value={query} onChange={(ev) => setQuery(ev.target.value)} />
          {candidates.data?.length === 0 ? <Paragraph data-size="sm">{te('noMatches')}</Paragraph> : (
            <ul aria-label={te('add')}>
              {(candidates.data ?? []).map((c) => (
                <li key={c.id}>
                  {c.title} ({kindOf(c.kind)}){' '}
                  <Button type="button" variant="secondary" data-size="sm" onClick={() => { linking.current = c.id; void submit(); }} aria-label={`${te('link')}: ${c.title}`}>{te('link')}</Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <ConfirmDialog open={removing !== null} title={te('removeTitle')} message={te('removeMessage', { title: removing?.title ?? te('hidden') })} confirmLabel={te('remove')} onConfirm={remove} onClose={() => setRemoving(null)} />
    </section>
  );
}
