import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { findOrCreateUser } from '../auth/users.js';
import { createGroup, createMissingImprovementTeams } from '../groups/groups.js';
import { addMember } from '../groups/members.js';
import type { ActivityType } from '../people/activity-types.js';
import { createParticipant } from '../people/participants.js';
import { setRecruitments } from '../people/recruitments.js';
import type { ParticipantRole } from '../people/schema.js';
import { applyCodesignPlan } from '../people/targets.js';
import { demoCoordinator, demoStaff } from './people.js';

// Made-up name parts, combined so no full name belongs to a public figure.
const firstNames = ['Astrid', 'Bjørn', 'Camilla', 'Dag', 'Eli', 'Frode', 'Gunn', 'Halvard', 'Ingrid', 'Jostein', 'Kjersti', 'Leif', 'Marit', 'Njål', 'Oddny', 'Per', 'Ragnhild', 'Sverre', 'Tone', 'Ulf', 'Vigdis', 'Åse'];
const lastNames = ['Aasheim', 'Brekkestø', 'Dalsbøen', 'Eikrem', 'Fjellvang', 'Grønnli', 'Haugrud', 'Kvalsvik', 'Lundemo', 'Myrvold', 'Nesbakk', 'Opheim', 'Rustad', 'Skogvik', 'Tveitan', 'Vassbotn'];
const subRoles: Record<ParticipantRole, string[]> = {
  recipient: ['brukerorganisasjon', ''],
  provider: ['erfaringskonsulent', 'miljøarbeider', 'sosialarbeider', 'helsepersonell', 'NAV'],
  leader: [''],
};
/** Ten per municipality: three recipients, four providers, three leaders; each recruited as the plan would. */
const mix: { role: ParticipantRole; activities: ActivityType[] }[] = [
  { role: 'recipient', activities: ['interview', 'feedback_meeting', 'codesign_workshop'] },
  { role: 'recipient', activities: ['interview', 'feedback_meeting'] },
  { role: 'recipient', activities: ['codesign_workshop'] },
  { role: 'provider', activities: ['interview', 'feedback_meeting', 'codesign_workshop', 'training_course'] },
  { role: 'provider', activities: ['interview', 'training_course'] },
  { role: 'provider', activities: ['training_course'] },
  { role: 'provider', activities: ['feedback_meeting', 'training_course'] },
  { role: 'leader', activities: ['mapping_meeting', 'codesign_workshop', 'follow_up_meeting'] },
  { role: 'leader', activities: ['mapping_meeting', 'training_course'] },
  { role: 'leader', activities: ['mapping_meeting', 'follow_up_meeting'] },
];

const ascii = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');

/** The codesign programme's people: participants, the plan's targets, recruitments and the four programme groups. */
export async function loadCodesignPeople(tx: Executor, actor: Actor, programmeId: string, municipalities: Map<string, string>) {
  let n = 0;
  const firstOfEach: string[] = [];
  for (const [number, municipalityId] of municipalities) {
    for (const [i, slot] of mix.entries()) {
      const first = firstNames[n % firstNames.length];
      const last = lastNames[(n * 7 + 3) % lastNames.length];
      n++;
      const subRole = subRoles[slot.role][i % subRoles[slot.role].length] || null;
      const p = await createParticipant(tx, actor, programmeId, {
        municipalityId, role: slot.role, subRole, name: `${first} ${last}`,
        email: `${ascii(first)}.${ascii(last)}@deltaker.example`, phone: `+47 4${String(n).padStart(2, '0')} 00 ${number.slice(0, 3)}`,
        language: i === 4 ? 'nn' : 'nb',
      });
      await setRecruitments(tx, actor, p, slot.activities);
      if (i === 7) firstOfEach.push(p.id);
    }
  }
  await applyCodesignPlan(tx, actor, programmeId);

  const coordinator = await findOrCreateUser(tx, demoCoordinator);
  const anyone = () => true;
  const project = await createGroup(tx, actor, programmeId, { kind: 'project_group', mandate: 'Leder og gjennomfører prosjektet etter prosjektplanen.', meetingTimes: 'Annenhver mandag kl. 09–10' });
  await addMember(tx, actor, project, { userId: coordinator.id, role: 'leader' }, anyone);
  const researcher = demoStaff.find((s) => s.role === 'researcher')!;
  await addMember(tx, actor, project, { userId: (await findOrCreateUser(tx, researcher)).id, role: 'member' }, anyone);
  const steering = await createGroup(tx, actor, programmeId, { kind: 'steering_group', mandate: 'Godkjenner planer og prioriteringer.' });
  await addMember(tx, actor, steering, { userId: coordinator.id, role: 'secretary' }, anyone);
  const expert = await createGroup(tx, actor, programmeId, { kind: 'expert_group', mandate: 'Gir faglige råd, blant annet fra brukerorganisasjoner.' });
  if (firstOfEach[0]) await addMember(tx, actor, expert, { participantId: firstOfEach[0], role: 'member' }, anyone);
  const contact = await createGroup(tx, actor, programmeId, { kind: 'contact_group', mandate: 'Én kontaktperson per kommune holder kontakten med prosjektet.' });
  for (const person of demoStaff.filter((s) => s.role === 'municipal_contact'))
    await addMember(tx, actor, contact, { userId: (await findOrCreateUser(tx, person)).id, role: 'contact_person' }, anyone);
}

/** The learning network: an improvement team in each of its municipalities, with the seed's mandate. */
export async function loadLearningNetworkGroups(tx: Executor, actor: Actor, programmeId: string) {
  await createMissingImprovementTeams(tx, actor, programmeId);
}
