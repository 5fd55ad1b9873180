/**
 * Demo (issue 14): what a coordinator of the EBCD programme finds on the overview and in Rapporter.
 * A survey in Bærum closes in five days; Tromsø's joint meeting left a follow-up point due in three days
 * and a decision for the steering group; the notes from Tromsø's joint meeting are imported but not coded
 * yet. (No invitations: the activity indicators' tests count the demo's invitations.) The evaluation
 * plan holds seed 004's two questions linked to their sources, and the dissemination plan three lines
 * of seed 000 §2.2.1. Everything goes through the owning modules' operations; every word is fictitious.
 */
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { listActivities } from '../activities/activities.js';
import { addDecision } from '../activities/decisions.js';
import { importDocument } from '../analysis/documents.js';
import { listInstruments } from '../questionnaires/instruments.js';
import { createSurveys, setSurveyStatus } from '../questionnaires/surveys.js';
import { createDisseminationItem } from '../reports/dissemination.js';
import { addTemplateQuestions, updateQuestion } from '../reports/evaluation-questions.js';

const day = 86_400_000;
const isoDate = (d: Date) => d.toISOString().slice(0, 10);

export async function loadReportsDemo(tx: Executor, actor: Actor, programmeId: string, municipalities: Map<string, string>, now = new Date()): Promise<void> {
  const baerum = municipalities.get('3201');
  const tromso = municipalities.get('5501');
  if (!baerum || !tromso) return;
  // The course evaluation survey in Bærum is open and closes in five days.
  const instrument = (await listInstruments(tx, programmeId)).find((i) => i.versions.some((v) => v.status === 'published'));
  const version = instrument?.versions.find((v) => v.status === 'published');
  if (version) {
    const [survey] = await createSurveys(tx, actor, programmeId, {
      instrumentVersionId: version.id, title: 'Underveisevaluering av samskapingen i Bærum', municipalityId: baerum, mode: 'anonymous',
      opensAt: new Date(now.getTime() - 2 * day).toISOString(), closesAt: new Date(now.getTime() + 5 * day).toISOString(),
    });
    await setSurveyStatus(tx, actor, programmeId, survey.id, 'open');
  }

  // Tromsø's joint meeting left a follow-up point due in three days and a decision for the steering group.
  const joint = (await listActivities(tx, programmeId, { municipalities: 'all', municipalityId: tromso })).find((a) => a.typeKey === 'feedback_meeting' && a.variant === 'joint');
  if (joint) {
    await addDecision(tx, actor, joint, { kind: 'follow_up', text: 'Sende målområdene til brukerrådet for innspill før verkstedet.', owner: 'Prosjektkoordinator', dueOn: isoDate(new Date(now.getTime() + 3 * day)) });
    await addDecision(tx, actor, joint, { kind: 'decision', text: 'Verkstedet i Tromsø arbeider med målområdet «Egen plan, eget språk».', owner: 'Styringsgruppen' });
  }

  const notes = await importDocument(tx, actor, programmeId, { title: 'Notater fra fellesmøtet', kind: 'minutes', activityType: 'feedback_meeting', municipalityId: tromso }, {
    text: 'Gruppene valgte to målområder: egen plan med eget språk, og samarbeid på tvers av tjenestene.\n\nFlere ønsket at planen skrives i møtet, sammen med personen.\n\nTjenesteyterne ba om faste tverrfaglige møter én gang i måneden.',
  }, { dataDir: '' });

  const [first, second] = await addTemplateQuestions(tx, actor, programmeId, 'nb');
  await updateQuestion(tx, actor, first, { status: 'data_collected', sources: [...first.sources, { kind: 'document', refId: notes.id }] });
  await updateQuestion(tx, actor, second, { analyses: [...second.analyses, { kind: 'codesign_thread', refId: null }] });

  const inMonths = (n: number) => isoDate(new Date(now.getTime() + n * 30 * day));
  await createDisseminationItem(tx, actor, programmeId, {
    channel: 'conference', title: 'Erfaringer fra samskaping i fire kommuner', audience: 'Fagfolk i psykisk helse- og rusfeltet', plannedOn: inMonths(3),
    ownerUserId: actor.userId, ownerRole: 'Prosjektkoordinator og to brukerrepresentanter', status: 'planned', withParticipants: true,
  });
  await createDisseminationItem(tx, actor, programmeId, {
    channel: 'report_online', title: 'Evalueringsrapporten på nett', audience: 'Kommunene, deltakerne og allmennheten', plannedOn: inMonths(6),
    ownerRole: 'Forskerne', status: 'planned', withParticipants: false, products: [{ kind: 'report', label: 'Prosjektets rapport', url: null }],
  });
  await createDisseminationItem(tx, actor, programmeId, {
    channel: 'social_media', title: 'Korte filmer fra kursene', audience: 'Tjenestemottakere og pårørende', plannedOn: inMonths(4),
    ownerRole: 'Brukerrepresentantene', status: 'in_progress', withParticipants: true, products: [{ kind: 'link', label: 'Filmserien', url: 'https://varde.example/filmer' }],
  });
}
