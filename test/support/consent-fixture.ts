import { randomBytes } from 'node:crypto';
import type { Executor } from '../../src/db/client.js';
import type { Actor } from '../../src/modules/access/actor.js';
import { findOrCreateUser } from '../../src/modules/auth/users.js';
import { createLetter, publishLetter } from '../../src/modules/consent/letters.js';
import { createPurpose } from '../../src/modules/consent/purposes.js';
import type { WithdrawalChoice } from '../../src/modules/consent/schema.js';
import { participants } from '../../src/modules/people/schema.js';
import { programmeMunicipalities, programmes } from '../../src/modules/programmes/schema.js';

/** A programme with one municipality, three purposes and published nb/nn letters, made straight in the database. */
export async function consentProgramme(db: Executor, withdrawalChoice: WithdrawalChoice = 'participant_chooses') {
  const user = await findOrCreateUser(db, { email: `koord-${randomBytes(3).toString('hex')}@varde.test`, name: 'Koordinator' });
  const actor: Actor = { userId: user.id, name: user.name, email: user.email, language: 'nb', isAdmin: true, grants: [] };
  const [programme] = await db.insert(programmes).values({ kind: 'codesign', name: 'Samtykketest', startsOn: '2026-01-01', endsOn: '2026-12-31' }).returning();
  const [municipality] = await db.insert(programmeMunicipalities).values({ programmeId: programme.id, number: '1103', name: 'Stavanger' }).returning();
  for (const [key, nb, nn, en] of [
    ['interview_recording', 'Lydopptak av intervju', 'Lydopptak av intervju', 'Interview recording'],
    ['questionnaire', 'Spørreskjema', 'Spørjeskjema', 'Questionnaire'],
    ['focus_group', 'Fokusgruppe', 'Fokusgruppe', 'Focus group'],
  ] as const)
    await createPurpose(db, actor, programme.id, { key, label: { nb, nn, en } });
  const letters: Record<string, string> = {};
  for (const language of ['nb', 'nn'] as const) {
    const draft = await createLetter(db, actor, programme.id, {
      language, title: language === 'nn' ? 'Førespurnad om deltaking' : 'Forespørsel om deltakelse',
      body: language === 'nn' ? '## Frivillig deltaking\n\nDet er **frivillig** å delta.' : '## Frivillig deltakelse\n\nDet er **frivillig** å delta.',
      purposeKeys: ['interview_recording', 'questionnaire', 'focus_group'], withdrawalChoice,
    });
    letters[language] = (await publishLetter(db, actor, programme.id, draft.id)).id;
  }
  let n = 0;
  const person = async (over: Partial<typeof participants.$inferInsert> = {}) => {
    const tag = randomBytes(4).toString('hex');
    const [p] = await db
      .insert(participants)
      .values({ programmeId: programme.id, municipalityId: municipality.id, role: 'leader', name: `Kari Testesen ${tag}`, email: `kari.${tag}@kommune.test`, phone: `+47 9${tag.slice(0, 7).replace(/[a-f]/g, '1')}`, language: 'nn', code: `STV-P-${String(++n).padStart(2, '0')}${tag.slice(0, 2)}`, ...over })
      .returning();
    return p;
  };
  return { actor, programme, municipality, letters, person };
}
