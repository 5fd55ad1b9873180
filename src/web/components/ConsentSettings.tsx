import type { ConsentPurpose } from '../consent-types.js';
import { useApi } from '../hooks/useApi.js';
import { Agreements } from './Agreements.js';
import { EthicsApprovals } from './EthicsApprovals.js';
import { ConsentPurposes } from './ConsentPurposes.js';
import { LetterEditor } from './LetterEditor.js';
import { RetentionRules } from './RetentionRules.js';

/** The consent and privacy part of a programme's settings (coordinators). */
export function ConsentSettings({ programmeId, archived }: { programmeId: string; archived: boolean }) {
  const purposes = useApi<ConsentPurpose[]>(`/programmes/${programmeId}/consent-purposes`);
  return (
    <>
      <ConsentPurposes programmeId={programmeId} purposes={purposes.data ?? []} onChanged={purposes.reload} readOnly={archived} />
      <LetterEditor programmeId={programmeId} purposes={purposes.data ?? []} readOnly={archived} />
      <Agreements programmeId={programmeId} readOnly={archived} />
      <EthicsApprovals programmeId={programmeId} readOnly={archived} />
      <RetentionRules programmeId={programmeId} readOnly={false} />
    </>
  );
}
