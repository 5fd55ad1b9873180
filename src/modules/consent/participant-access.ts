import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../access/actor.js';
import { getParticipant } from '../people/personal-data.js';
import type { Participant } from '../people/participant.js';
import { authorizeConsent, type ConsentAction } from './policy.js';

/** Authorises for the programme, finds the participant in it, then checks their municipality too. */
export async function participantFor(db: Executor, actor: Actor | null, action: ConsentAction, programmeId: string, participantId: string): Promise<Participant> {
  authorizeConsent(actor, action, { programmeId });
  const person = await getParticipant(db, programmeId, participantId);
  if (!person) throw notFound();
  authorizeConsent(actor, action, { programmeId, municipalityId: person.municipalityId });
  return person;
}
