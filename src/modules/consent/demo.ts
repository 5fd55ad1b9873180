import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { retentionRules } from '../privacy/schema.js';
import { createLetter, publishLetter } from './letters.js';
import { createPurpose } from './purposes.js';
import { consentPurposes } from './schema.js';

const purposes = [
  { key: 'interview_recording', label: { nb: 'Lydopptak av intervju', nn: 'Lydopptak av intervju', en: 'Interview recording' } },
  { key: 'questionnaire', label: { nb: 'Spørreskjema', nn: 'Spørjeskjema', en: 'Questionnaire' } },
  { key: 'focus_group', label: { nb: 'Fokusgruppe', nn: 'Fokusgruppe', en: 'Focus group' } },
];

// Seed 004, appendix 3: the focus-group letter's promises — voluntary, withdraw any time without a
// reason, data removed, summaries deleted by a set date, nothing traceable to a person or municipality.
const letters = {
  nn: { title: 'Førespurnad om deltaking i fokusgruppe', body: `## Bakgrunn og føremål\n\nVi evaluerer erfaringane med å delta i læringsnettverket og korleis det har styrkt recovery som fagleg grunnlag i kommunen.\n\n## Kva inneber deltaking?\n\nFokusgruppa varer om lag 90 minuttar. To referentar skriv ned det som kjem fram. Du får oppsummeringa tilsend og kan lese gjennom og utdjupe ho.\n\n## Kva skjer med opplysningane om deg?\n\nOppsummeringa inneheld kva kommunar som deltek og kva funksjon du har hatt i forbetringsteamet, men **ikkje namn**. Det du seier skal ikkje kunne knytast til deg som person eller til kommunen din i den endelege evalueringa. Oppsummeringa blir sletta **seinast {{deleteBy}}**.\n\n## Frivillig deltaking\n\nDet er frivillig å delta, og du kan når som helst trekkje samtykket ditt attende **utan å grunngje det**. Trekkjer du deg, blir opplysningane om deg tekne ut av materialet.` },
  nb: { title: 'Forespørsel om deltakelse i fokusgruppe', body: `## Bakgrunn og formål\n\nVi evaluerer erfaringene med å delta i læringsnettverket og hvordan det har styrket recovery som faglig grunnlag i kommunen.\n\n## Hva innebærer deltakelse?\n\nFokusgruppen varer om lag 90 minutter. To referenter skriver ned det som kommer fram. Du får oppsummeringen tilsendt og kan lese gjennom og utdype den.\n\n## Hva skjer med opplysningene om deg?\n\nOppsummeringen inneholder hvilke kommuner som deltar og hvilken funksjon du har hatt i forbedringsteamet, men **ikke navn**. Det du sier skal ikke kunne knyttes til deg som person eller til kommunen din i den endelige evalueringen. Oppsummeringen slettes **senest {{deleteBy}}**.\n\n## Frivillig deltakelse\n\nDet er frivillig å delta, og du kan når som helst trekke samtykket ditt **uten å begrunne det**. Trekker du deg, blir opplysningene om deg tatt ut av materialet.` },
  en: { title: 'Invitation to take part in a focus group', body: `## Background and purpose\n\nWe are evaluating what it has been like to take part in the learning network and how it has strengthened recovery as a professional basis in the municipality.\n\n## What does taking part involve?\n\nThe focus group lasts about 90 minutes. Two note-takers write down what is said. You will receive the summary and may read it through and add to it.\n\n## What happens to information about you?\n\nThe summary says which municipalities take part and what role you had in the improvement team, but **no names**. Nothing you say will be traceable to you or to your municipality in the final evaluation. The summary is deleted **by {{deleteBy}} at the latest**.\n\n## Voluntary\n\nTaking part is voluntary, and you can withdraw your consent at any time **without giving a reason**. If you withdraw, the information about you is removed from the material.` },
};

/**
 * Demo consent data for one programme: three purposes, a published focus-group letter in nb, nn and
 * en (participant chooses erase or anonymise on withdrawal), and retention rules: consent scans and
 * participants anonymised 8 months after the programme ends. Safe to call twice.
 */
export async function loadConsentDemo(db: Executor, actor: Actor, programme: { id: string; endsOn: string }): Promise<void> {
  const existing = await db.select().from(consentPurposes).where(and(eq(consentPurposes.programmeId, programme.id), eq(consentPurposes.key, 'focus_group')));
  if (existing.length) return;
  for (const p of purposes) await createPurpose(db, actor, programme.id, p);
  const end = new Date(`${programme.endsOn}T12:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 8);
  const deleteBy = end.toISOString().slice(0, 10);
  for (const [language, l] of Object.entries(letters) as [keyof typeof letters, { title: string; body: string }][]) {
    const draft = await createLetter(db, actor, programme.id, { language, title: l.title, body: l.body.replace('{{deleteBy}}', deleteBy), purposeKeys: purposes.map((p) => p.key), withdrawalChoice: 'participant_chooses' });
    await publishLetter(db, actor, programme.id, draft.id);
  }
  await db.insert(retentionRules).values([
    { programmeId: programme.id, dataKind: 'consent_scans', action: 'delete', deleteBy },
    { programmeId: programme.id, dataKind: 'participants', action: 'anonymise', deleteBy },
  ]);
}
