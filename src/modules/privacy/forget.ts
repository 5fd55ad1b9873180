import type { Executor } from '../../db/client.js';
import { anonymiseParticipantContributions, eraseParticipantContributions } from '../analysis/personal-data.js';
import { scrubAuditFor } from '../audit/scrub.js';
import { deleteParticipantConsentScans, withdrawConsents } from '../consent/record.js';
import { removeParticipantFromGroups } from '../groups/personal-data.js';
import { anonymiseParticipant, eraseParticipant } from '../people/personal-data.js';

export type ForgetChoice = 'erase' | 'anonymise';

export interface Person {
  id: string;
  code: string;
  name: string;
  email: string | null;
  phone: string | null;
}

/**
 * The one way a person leaves Varde's records, shared by withdrawal and retention: erase (the person
 * and all they contributed) or anonymise (contributions kept under the code; name, contact details,
 * scans, group memberships and the id itself gone). Either way the audit rows about them are scrubbed.
 * A withdrawal also marks their consents withdrawn; retention leaves the consent history as it was.
 */
export async function forgetParticipant(
  tx: Executor,
  person: Person,
  choice: ForgetChoice,
  opts: { withdrawConsentsAt?: Date } = {},
): Promise<void> {
  if (choice === 'erase') {
    // Analysis: transcripts and summaries that were theirs alone, summaries about them and kept originals go; shared documents stay.
    await eraseParticipantContributions(tx, person.id, person.code);
    await eraseParticipant(tx, person.id);
  } else {
    await anonymiseParticipantContributions(tx, person.id);
    if (opts.withdrawConsentsAt) await withdrawConsents(tx, person.id, opts.withdrawConsentsAt);
    else await deleteParticipantConsentScans(tx, person.id);
    await removeParticipantFromGroups(tx, person.id);
    await anonymiseParticipant(tx, person.id);
  }
  await scrubAuditFor(tx, { id: person.id, code: person.code, identifying: [person.name, person.email ?? '', person.phone ?? ''] });
}
