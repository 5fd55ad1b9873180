/**
 * The demo EBCD programme's course (issue 12 §6): two modules answering the target areas loaded by
 * the co-design evidence demo, each with a written material co-authored by two staff users (one
 * approved, one in review with a comment and a suggestion), the values document, a co-design group
 * with a workshop's ideas and storyboard, and a course holder. All content is fictitious.
 */
import { asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { loadActor, type Actor } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { findUserByEmail } from '../auth/users.js';
import { addCourseHolder } from '../codesign/course-holders.js';
import { addMaterial, createCourseModule, valuesDocument } from '../codesign/course.js';
import { addWorkshop, createCodesignGroup } from '../codesign/groups.js';
import { codesignTargetAreas } from '../codesign/schema.js';
import { addWorkshopItem } from '../codesign/workshops.js';
import { getAuthoredDocument } from '../documents/documents.js';
import { releaseLock } from '../documents/lock.js';
import { addComment, addSuggestion, changeStatus } from '../documents/review.js';
import { saveWrittenVersion } from '../documents/versions.js';
import { listParticipants } from '../people/participants.js';
import { demoStaff } from './people.js';

const manual = `# Velkommen til kurset

Kurset er laget sammen med tjenestemottakere, tjenesteytere og ledere i deltakerkommunene.

## Dette lærer du

- hva **recovery** betyr i hverdagen
- hvordan du spør hva som er viktig for personen
- hvordan du følger opp etter et tilbakeslag

## Øvelse

1. Les historien fra verkstedet.
2. Snakk sammen to og to om hva som hjalp.
3. Skriv ned én ting du vil prøve neste uke.`;

const followUp = `# Kontinuitet i oppfølgingen

Samme folk over tid gir trygghet. Modulen handler om *overganger* og om veien tilbake.

## Refleksjon

- Hvem har personen kontakt med nå?
- Hva skjer når noen faller ut av tilbudet?`;

const values = `# Verdigrunnlag

Verdigrunnlaget er skrevet av prosjektgruppen med innspill fra deltakerne i verkstedene.

## Vi tror på

- at alle kan ha et godt liv med eller uten symptomer
- at erfaringskunnskap er kunnskap
- at tjenestene skal støtte personens egne mål`;

async function asUser(tx: Executor, email: string, fallback: Actor): Promise<Actor> {
  const user = await findUserByEmail(tx, email);
  return (user && (await loadActor(tx, user.id))) ?? fallback;
}

/** Writes text as a new version the way the editor does: take the lock, save, let go. */
async function write(tx: Executor, actor: Actor, programmeId: string, documentId: string, body: string, baseNumber: number, meta: { label?: string; note?: string } = {}) {
  const doc = await getAuthoredDocument(tx, programmeId, documentId);
  const version = await saveWrittenVersion(tx, actor, doc, { body, baseNumber, ...meta });
  await releaseLock(tx, actor, await getAuthoredDocument(tx, programmeId, documentId));
  return version;
}

export async function loadCourseDemo(tx: Executor, coordinator: Actor, programmeId: string, municipalities: Map<string, string>): Promise<void> {
  const researcher = await asUser(tx, demoStaff.find((s) => s.role === 'researcher')!.email, coordinator);
  const facilitator = await asUser(tx, demoStaff.find((s) => s.role === 'facilitator')!.email, coordinator);
  const areas = await tx.select().from(codesignTargetAreas).where(eq(codesignTargetAreas.programmeId, programmeId)).orderBy(asc(codesignTargetAreas.position), asc(codesignTargetAreas.createdAt));
  if (areas.length === 0) return;
  const pick = (n: number) => areas.slice(n, n + 2).map((a) => a.id);

  // Module 1: approved, then revised after the pilot ("version 2 after the pilot").
  const m1 = await createCourseModule(tx, researcher, programmeId, { title: 'Å bli møtt som et helt menneske', aims: 'Deltakerne kan spørre hva som er viktig for personen og bruke svaret i oppfølgingen.', targetAreaIds: pick(0) });
  const d1 = await addMaterial(tx, researcher, programmeId, m1.id, { title: 'Kursmanual, modul 1', form: 'written' });
  const first = await write(tx, researcher, programmeId, d1.id, manual, 1);
  await addComment(tx, facilitator, await getAuthoredDocument(tx, programmeId, d1.id), { versionId: first.id, passage: 'hva som er viktig for personen', body: 'Godt! Kan vi ta med et eksempel fra verkstedet i Bærum?' });
  await changeStatus(tx, facilitator, await getAuthoredDocument(tx, programmeId, d1.id), 'in_review', undefined);
  await changeStatus(tx, coordinator, await getAuthoredDocument(tx, programmeId, d1.id), 'approved', 'Godkjent i prosjektgruppen før piloten.');
  await write(tx, researcher, programmeId, d1.id, `${manual}\n\n## Etter piloten\n\nVi har lagt inn mer tid til refleksjon i par.`, 2, { label: 'Versjon 2 etter piloten', note: 'Piloten viste at deltakerne ønsket mer tid til samtale i par; øvelsen er utvidet.' });

  // Module 2: in review, with a suggested change from the facilitator.
  const m2 = await createCourseModule(tx, researcher, programmeId, { title: 'Kontinuitet og overganger', aims: 'Deltakerne kjenner til hva som gir trygghet i overganger mellom tjenester.', targetAreaIds: pick(1) });
  const d2 = await addMaterial(tx, facilitator, programmeId, m2.id, { title: 'Kursmanual, modul 2', form: 'written' });
  const v = await write(tx, facilitator, programmeId, d2.id, followUp, 1);
  await addSuggestion(tx, researcher, await getAuthoredDocument(tx, programmeId, d2.id), { versionId: v.id, kind: 'replace', passage: 'gir trygghet', text: 'gir trygghet og tillit' });
  await changeStatus(tx, facilitator, await getAuthoredDocument(tx, programmeId, d2.id), 'in_review', undefined);

  const valuesDoc = (await valuesDocument(tx, coordinator, programmeId, true))!;
  await write(tx, coordinator, programmeId, valuesDoc.id, values, 1);

  // A co-design group for the first target area, with a workshop's ideas and storyboard.
  const group = await createCodesignGroup(tx, facilitator, programmeId, { targetAreaId: areas[0].id });
  const baerum = municipalities.get('3201');
  const workshop = (await listActivities(tx, programmeId, { municipalities: 'all', municipalityId: baerum })).find((a) => a.typeKey === 'codesign_workshop');
  const people = baerum ? await listParticipants(tx, programmeId, 'all', { municipalityId: baerum }) : [];
  if (workshop) {
    await addWorkshop(tx, facilitator, programmeId, group.id, workshop.id);
    const recipient = people.find((p) => p.role === 'recipient');
    await addWorkshopItem(tx, facilitator, programmeId, group.id, { activityId: workshop.id, kind: 'idea', text: 'Start hver samtale med «hva er viktig for deg i dag?»', participantId: recipient?.id ?? null });
    await addWorkshopItem(tx, facilitator, programmeId, group.id, { activityId: workshop.id, kind: 'idea', text: 'En fast kontaktperson det første halvåret' });
    for (const step of ['Personen kommer for første gang', 'Blir spurt om hva som er viktig', 'Avtaler neste steg sammen'])
      await addWorkshopItem(tx, facilitator, programmeId, group.id, { activityId: workshop.id, kind: 'storyboard_step', text: step });
  }
  const provider = people.find((p) => p.role === 'provider');
  if (baerum && provider) await addCourseHolder(tx, coordinator, programmeId, { municipalityId: baerum, participantId: provider.id, trainedOn: '2026-10-15' });
}
