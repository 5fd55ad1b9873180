import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { currentLetter, type Letter } from './letters.js';
import { lastAnsweredLetterId } from './record.js';
import { informationLetters, type WithdrawalChoice } from './schema.js';

/**
 * The letter whose promise applies to a person's withdrawal: the one they last answered, else the
 * current letter in their language, else the bokmål one. Null when the programme has none.
 */
export async function governingLetter(db: Executor, participant: { id: string; programmeId: string; language: string }): Promise<Letter | null> {
  const answered = await lastAnsweredLetterId(db, participant.id);
  if (answered) {
    const [row] = await db.select().from(informationLetters).where(eq(informationLetters.id, answered));
    if (row) return row;
  }
  return (await currentLetter(db, participant.programmeId, participant.language)) ?? (await currentLetter(db, participant.programmeId, 'nb'));
}

/** What withdrawal offers this person: a fixed choice, or theirs to make (also when no letter says). */
export async function offeredWithdrawal(db: Executor, participant: { id: string; programmeId: string; language: string }): Promise<WithdrawalChoice> {
  return (await governingLetter(db, participant))?.withdrawalChoice ?? 'participant_chooses';
}
