/**
 * Demo (issue 12): in the EBCD programme, interviews in Bærum and Tromsø with coded segments marked as
 * touchpoints (journey stage, who, emotion), and target areas per municipality and for the programme
 * that keep their votes, touchpoints and quotes. Every word is fictitious.
 */
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { activities } from '../activities/schema.js';
import { createCodings } from '../analysis/codings.js';
import { createCode } from '../analysis/codes.js';
import { importDocument } from '../analysis/documents.js';
import { journeyStages } from '../codesign/journey.js';
import { createTargetArea } from '../codesign/target-areas.js';
import { markTouchpoint } from '../codesign/touchpoints.js';
import type { EmotionWord } from '../codesign/vocabulary.js';

type Line = [stage: number, valence: number, emotion: EmotionWord, text: string];

const interviews: { municipality: string; role: 'recipient' | 'provider'; title: string; lines: Line[] }[] = [
  { municipality: '3201', role: 'recipient', title: 'Intervju tjenestemottaker 1', lines: [
    [0, -2, 'afraid', 'Første gang jeg kom dit, sto jeg lenge utenfor døra før jeg turte å gå inn.'],
    [0, 1, 'welcome', 'Hun i resepsjonen så på meg og sa at det var fint at jeg kom.'],
    [1, -1, 'frustrated', 'Jeg måtte fortelle historien min på nytt til tre forskjellige folk.'],
    [1, 2, 'respected', 'Han spurte hva som var viktig for meg, ikke bare hva som var galt.'],
    [2, 2, 'safe', 'Nå vet jeg at jeg kan ringe når det butter, og at noen tar telefonen.'],
    [3, -2, 'ashamed', 'Da jeg sprakk igjen, turte jeg ikke å møte opp på en måned.'],
    [4, 1, 'hopeful', 'Jeg har begynt på verkstedet to dager i uka, og det gir meg noe å stå opp til.'],
  ] },
  { municipality: '3201', role: 'provider', title: 'Intervju tjenesteyter 1', lines: [
    [0, -1, 'uncertain', 'Vi vet ofte for lite om personen når de kommer første gang.'],
    [1, -1, 'tired', 'Det er mye skjemaer, og tiden går fra samtalen.'],
    [2, 1, 'hopeful', 'Når vi får jobbe over tid med samme person, skjer det noe.'],
    [3, -2, 'frustrated', 'Når noen faller ut, har vi ingen gode rutiner for å ta kontakt igjen.'],
    [4, 2, 'grateful', 'Det beste er når noen stikker innom for å fortelle at det går bra.'],
  ] },
  { municipality: '5501', role: 'recipient', title: 'Intervju tjenestemottaker 2', lines: [
    [0, -1, 'lonely', 'Jeg visste ikke hvor jeg skulle henvende meg, og ingen fortalte meg det.'],
    [1, 1, 'relieved', 'Endelig var det noen som hørte på hva jeg selv ønsket.'],
    [2, -1, 'uncertain', 'Jeg får ny kontaktperson hele tiden og må begynne på nytt.'],
    [4, 2, 'safe', 'Nå har jeg egen leilighet og en hverdag som henger sammen.'],
  ] },
  { municipality: '5501', role: 'provider', title: 'Intervju tjenesteyter 2', lines: [
    [1, 0, 'neutral', 'Vi prøver å lage planen sammen med personen, men det blir ofte vi som skriver.'],
    [2, -1, 'frustrated', 'Samarbeidet med de andre tjenestene stopper ofte på taushetsplikten.'],
    [3, 1, 'hopeful', 'Når vi møtes på tvers, finner vi løsninger ingen av oss fant alene.'],
  ] },
];

const targetAreas: { municipality: string | null; title: string; description: string; tally?: { recipient: number | null; provider: number | null; leader: number | null }; quotes: string[] }[] = [
  { municipality: '3201', title: 'Å bli møtt som et helt menneske', description: 'Spør hva som er viktig for personen, ikke bare hva som er galt.', tally: { recipient: 14, provider: 9, leader: null }, quotes: ['Han spurte hva som var viktig', 'Første gang jeg kom dit'] },
  { municipality: '3201', title: 'Kontinuitet i oppfølgingen', description: 'Samme folk over tid, og en vei tilbake etter et tilbakeslag.', tally: { recipient: 8, provider: 12, leader: 5 }, quotes: ['Da jeg sprakk igjen', 'Når noen faller ut'] },
  { municipality: '3201', title: 'Mindre skjema, mer samtale', description: 'Tid til samtalen framfor dokumentasjon.', tally: { recipient: 6, provider: 11, leader: 0 }, quotes: ['Det er mye skjemaer'] },
  { municipality: '5501', title: 'Egen plan, eget språk', description: 'Planen skrives sammen med personen, med personens ord.', tally: { recipient: 9, provider: 7, leader: 0 }, quotes: ['Endelig var det noen', 'Vi prøver å lage planen'] },
  { municipality: '5501', title: 'Samarbeid på tvers av tjenestene', description: 'Møtes på tvers når personen ønsker det.', tally: { recipient: 5, provider: 10, leader: null }, quotes: ['Samarbeidet med de andre', 'Når vi møtes på tvers'] },
  { municipality: null, title: 'Et felles recovery-språk', description: 'Felles begreper for tjenestemottakere, tjenesteytere og ledere i alle fire kommunene.', quotes: [] },
];

/** Code-point offset of a UTF-16 index (analysis ranges count code points). */
const cp = (text: string, index: number) => Array.from(text.slice(0, index)).length;

export async function loadCodesignEvidenceDemo(tx: Executor, actor: Actor, programmeId: string, municipalities: Map<string, string>): Promise<void> {
  const stages = await journeyStages(tx, programmeId);
  const code = await createCode(tx, actor, programmeId, { name: 'Møtet med tjenesten', description: 'Øyeblikk i tjenestereisen (berøringspunkter).' });
  const touchpointOf = new Map<string, { touchpointId: string; codingId: string }>();
  for (const interview of interviews) {
    const municipalityId = municipalities.get(interview.municipality)!;
    const text = interview.lines.map((l) => l[3]).join('\n\n');
    const doc = await importDocument(tx, actor, programmeId, { title: interview.title, kind: 'interview_transcript', activityType: 'interview', municipalityId, attributes: { role: interview.role } }, { text }, { dataDir: '' });
    for (const [stage, valence, emotion, sentence] of interview.lines) {
      const at = doc.text.indexOf(sentence);
      if (at < 0) continue; // pseudonymisation changed the sentence: leave it uncoded
      const [coding] = await createCodings(tx, actor, programmeId, { documentId: doc.id, codeIds: [code.id], start: cp(doc.text, at), end: cp(doc.text, at + sentence.length) });
      const tp = await markTouchpoint(tx, actor, programmeId, { codingId: coding.id, stageId: stages[stage].id, valence, emotion });
      touchpointOf.set(sentence, { touchpointId: tp.id, codingId: coding.id });
    }
  }
  for (const area of targetAreas) {
    const municipalityId = area.municipality ? municipalities.get(area.municipality)! : null;
    const [meeting] = municipalityId
      ? await tx.select({ id: activities.id }).from(activities).where(and(eq(activities.programmeId, programmeId), eq(activities.municipalityId, municipalityId), eq(activities.typeKey, 'feedback_meeting'), eq(activities.variant, 'joint')))
      : [];
    const behind = [...touchpointOf].filter(([sentence]) => area.quotes.some((q) => sentence.startsWith(q))).map(([, v]) => v);
    await createTargetArea(tx, actor, programmeId, {
      title: area.title, description: area.description, municipalityId, activityId: meeting?.id ?? null,
      touchpointIds: behind.map((b) => b.touchpointId),
      codingIds: behind.slice(0, 1).map((b) => b.codingId),
      votes: area.tally ? [{ label: area.title, tally: { ...area.tally, unknown: 0 } }] : undefined,
    });
  }
}
