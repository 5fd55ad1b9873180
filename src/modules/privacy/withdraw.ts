import type { Executor } from '../../db/client.js';
import { DomainError, invalidField, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/record.js';
import { offeredWithdrawal } from '../consent/withdrawal-choice.js';
import { getParticipant } from '../people/personal-data.js';
import { forgetParticipant } from './forget.js';
import { withdrawals } from './schema.js';
import { searchWithdrawnPerson } from './withdrawal-search.js';

export type Choice = 'erase' | 'anonymise';

/**
 * Later modules holding contributions keyed on participants register here; each runs inside the
 * withdrawal's transaction before the person is erased or anonymised. Rows with ON DELETE CASCADE
 * need nothing for erasure.
 */
export type WithdrawalHook = (tx: Executor, participantId: string, choice: Choice) => Promise<void>;
const hooks: WithdrawalHook[] = [];
export function onWithdrawal(hook: WithdrawalHook): void {
  hooks.push(hook);
}

export interface WithdrawalRequest {
  programmeId: string;
  participantId: string;
  /** Needed when the letter lets the person choose; must match when it does not. */
  choice?: Choice;
  via: 'participant_page' | 'coordinator';
  actorId: string | null;
  requestId?: string;
  now?: Date;
}

/**
 * Withdraws a person entirely, with no reason asked. Afterwards only a withdrawals row (code, date,
 * choice, via) remains of them; the audit log's rows about them carry the code instead of the id.
 * Every registered free-text column of the programme is then searched for their name, e-mail and
 * phone; what is found goes on the coordinator's to-do list (withdrawal-search.ts).
 * Run it in one transaction (the HTTP layer's, or the caller's).
 */
export async function withdrawParticipant(tx: Executor, r: WithdrawalRequest): Promise<{ code: string; choice: Choice; textHits: number }> {
  const person = await getParticipant(tx, r.programmeId, r.participantId);
  if (!person) throw notFound();
  const offered = await offeredWithdrawal(tx, person);
  const choice: Choice | undefined = offered === 'participant_chooses' ? r.choice : offered;
  if (!choice) throw invalidField('choice', 'errors.required');
  if (r.choice && r.choice !== choice) throw new DomainError(409, 'errors.withdrawalChoiceFixed');
  // The registered details as they were, kept in memory only, for the free-text search after the erase.
  const details = { name: person.name, email: person.email, phone: person.phone };
  for (const hook of hooks) await hook(tx, person.id, choice);
  await forgetParticipant(tx, person, choice, { withdrawConsentsAt: r.now ?? new Date() });
  const [record] = await tx.insert(withdrawals).values({ programmeId: r.programmeId, code: person.code, choice, via: r.via, withdrawnAt: r.now ?? new Date() }).returning();
  const hits = await searchWithdrawnPerson(tx, r.programmeId, record.id, details);
  await recordAudit(tx, {
    actorId: r.actorId, action: 'participant.withdraw', entity: 'withdrawal', entityId: record.id, programmeId: r.programmeId,
    after: { code: person.code, choice, via: r.via, textHits: hits }, requestId: r.requestId,
  });
  return { code: person.code, choice, textHits: hits };
}
