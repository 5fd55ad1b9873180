import { randomUUID } from 'node:crypto';
import type { Executor } from '../../db/client.js';
import { deleteOriginals } from '../analysis/originals.js';
import { scrubAuditFor } from '../audit/scrub.js';
import { deleteConsentScans } from '../consent/record.js';
import { clearContactDetails, listParticipantIdentities } from '../people/personal-data.js';
import { forgetParticipant } from './forget.js';

export type RetentionAction = 'delete' | 'anonymise';
export type Outcome = Record<string, number>;
export type RetentionHandler = (tx: Executor, programmeId: string, action: RetentionAction) => Promise<Outcome>;

/**
 * What each kind of data means when its date comes. Later modules (recordings, summaries, answers …)
 * register their kinds here with `registerRetentionKind`.
 */
const kinds = new Map<string, RetentionHandler>();
export function registerRetentionKind(kind: string, handler: RetentionHandler): void {
  kinds.set(kind, handler);
}
export const retentionKinds = () => [...kinds.keys()];
export const retentionHandler = (kind: string) => kinds.get(kind);

// Contact details: e-mail and phone go; names and codes stay.
registerRetentionKind('participant_contact_details', async (tx, programmeId) => {
  const people = await listParticipantIdentities(tx, programmeId);
  const changed = await clearContactDetails(tx, programmeId);
  for (const p of people) await scrubAuditFor(tx, { id: randomUUID(), code: p.code, identifying: [p.email ?? '', p.phone ?? ''] });
  return { participants: changed };
});

registerRetentionKind('consent_scans', async (tx, programmeId) => ({ consent_scans: await deleteConsentScans(tx, programmeId) }));

// Transcript originals kept before pseudonymisation (sealed); the pseudonymised working text stays.
registerRetentionKind('analysis_originals', async (tx, programmeId) => ({ analysis_originals: await deleteOriginals(tx, programmeId) }));

// Every participant of the programme: erased with all they contributed, or anonymised (kept under their code).
registerRetentionKind('participants', async (tx, programmeId, action) => {
  const people = await listParticipantIdentities(tx, programmeId);
  for (const p of people) await forgetParticipant(tx, p, action === 'delete' ? 'erase' : 'anonymise');
  return { participants: people.length };
});
