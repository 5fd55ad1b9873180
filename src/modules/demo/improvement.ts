import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { appointRole } from '../access/roles.js';
import { listGroups } from '../groups/groups.js';
import { addMember } from '../groups/members.js';
import { createParticipant } from '../people/participants.js';
import { recordHarvest } from '../improvement/harvests.js';
import { createIndicator } from '../improvement/indicators.js';
import { linkEvidence } from '../improvement/evidence.js';
import { createMeasure, type Measure, type MeasureInput } from '../improvement/measures.js';
import { recordMeasurements } from '../improvement/measurements.js';
import { createCycle } from '../improvement/pdsa.js';
import { recordProgress, saveWorkPlan, setTaskDone } from '../improvement/team.js';
import { builtinMeasureKinds, preparatoryTasks } from '../improvement/vocabulary.js';

/** The Sandnes team's contact (fictitious), who keeps the team's work in the demo. */
export const demoSandnesContact = { email: 'kontakt.sandnes@varde.example', name: 'Siri Eksempel' };

const months = (from: string, count: number) => Array.from({ length: count }, (_, i) => {
  const d = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + i, 1));
  return d.toISOString().slice(0, 7);
});

/** Fictitious measures of all nine kinds across the network (004 §6.1), none in Sandnes (its team adds its own). */
const measures: { number: string; kind: (typeof builtinMeasureKinds)[number]; title: string; status: MeasureInput['status']; involvement: MeasureInput['userInvolvement']; chime: MeasureInput['chime'] }[] = [
  { number: '1103', kind: 'user_power', title: 'Tilbakemeldingsskjema etter hver samtale', status: 'implemented', involvement: 'co_producing', chime: ['empowerment'] },
  { number: '1103', kind: 'peer_workers', title: 'Erfaringskonsulent i psykisk helseteam', status: 'sustained', involvement: 'involved', chime: ['hope', 'identity'] },
  { number: '1124', kind: 'recovery_focus_at_work', title: 'Recovery som fast tema på personalmøter', status: 'started', involvement: 'informed', chime: ['meaning'] },
  { number: '1127', kind: 'flexible_services', title: 'Utvidet åpningstid på dagsenteret', status: 'implemented', involvement: 'consulted', chime: ['connectedness'] },
  { number: '1130', kind: 'user_run_services', title: 'Brukerstyrt sosial samling fredag', status: 'started', involvement: 'user_led', chime: ['connectedness', 'empowerment'] },
  { number: '1119', kind: 'new_activities', title: 'Recovery college: kurs laget sammen med brukere', status: 'planned', involvement: 'co_producing', chime: ['hope', 'meaning'] },
  { number: '1120', kind: 'what_matters', title: '«Hva er viktig for deg?» i alle oppstartssamtaler', status: 'started', involvement: 'consulted', chime: ['meaning', 'identity'] },
  { number: '1121', kind: 'power_sharing', title: 'Beboer velger sin primærkontakt', status: 'implemented', involvement: 'involved', chime: ['empowerment'] },
  { number: '1122', kind: 'plain_language', title: 'Vedtaksbrev i klart språk', status: 'idea', involvement: 'consulted', chime: [] },
  { number: '1101', kind: 'user_power', title: 'Brukere deltar på personalmøter', status: 'started', involvement: 'involved', chime: ['empowerment'] },
  { number: '1106', kind: 'user_power', title: 'Tilbakemeldingsskjema etter hver samtale', status: 'started', involvement: 'consulted', chime: ['empowerment'] },
];

/** A feedback share with a shift after the change (month 7 on), and a flatter one. */
const feedbackShare = [[9, 30], [8, 31], [10, 29], [9, 30], [8, 32], [9, 30], [15, 31], [17, 30], [16, 29], [18, 31], [19, 30], [18, 30], [20, 31], [21, 30]];

export async function loadImprovementDemo(tx: Executor, actor: Actor, programmeId: string, municipalities: Map<string, string>) {
  const sandnes = municipalities.get('1108')!;
  await appointRole(tx, actor, programmeId, { ...demoSandnesContact, role: 'municipal_contact', municipalityIds: [sandnes] });

  // Stavanger's team: composed as appendix 1 asks (work plan, roles, user experience, NAV, a services leader).
  const stavanger = municipalities.get('1103')!;
  const team = (await listGroups(tx, programmeId)).find((g) => g.kind === 'improvement_team' && g.municipalityId === stavanger)!;
  const people: [string, 'recipient' | 'provider' | 'leader', string, 'leader' | 'secretary' | 'measurement_lead' | 'member'][] = [
    ['Kari Leder', 'leader', 'Enhetsleder psykisk helse og rus', 'leader'], ['Per Sekretær', 'provider', 'Sosialarbeider', 'secretary'],
    ['Mona Måler', 'provider', 'Sykepleier', 'measurement_lead'], ['Erik Erfaring', 'recipient', 'Erfaringskonsulent', 'member'], ['Nina Nav', 'provider', 'NAV-veileder', 'member'],
  ];
  for (const [name, role, subRole, teamRole] of people) {
    const p = await createParticipant(tx, actor, programmeId, { municipalityId: stavanger, role, subRole, name: `${name} (demo)` });
    await addMember(tx, actor, team, { participantId: p.id, role: teamRole }, () => true);
  }
  await saveWorkPlan(tx, actor, programmeId, stavanger, { anchoring: 'Forankret i kommunalsjefens ledermøte.', composition: 'Fem medlemmer fra psykisk helse, rus, NAV og brukerorganisasjon.', mandate: 'Gjøre tjenestene mer recoveryorienterte.', meetingTimes: 'Første tirsdag i måneden kl. 13–15' });
  for (const task of preparatoryTasks) await setTaskDone(tx, actor, programmeId, stavanger, task, true);

  const created: Measure[] = [];
  for (const [i, m] of measures.entries()) {
    const municipalityId = municipalities.get(m.number)!;
    const measure = await createMeasure(tx, actor, programmeId, municipalityId, {
      title: m.title, kind: m.kind, status: m.status, userInvolvement: m.involvement, chime: m.chime, startsOn: '2016-11-01',
      aim: 'Flere brukere opplever at de har innflytelse på tjenestene.', owner: 'Forbedringsteamet', description: 'Fiktivt eksempel fra demo-nettverket.',
    });
    created.push(measure);
    if (m.status === 'idea') continue;
    await createCycle(tx, actor, measure, { plan: `Prøve ut «${m.title}» i én avdeling i fire uker.`, prediction: 'Flere svar og bedre samtaler.', startsOn: '2017-04-01', ...(i % 3 === 0 ? {} : { doNotes: 'Gjennomført i én avdeling.', study: 'Flere svarte enn forventet.', act: 'Utvide til hele tjenesten.', decision: 'adapt' as const, studiedOn: '2017-05-15' }) });
    if (m.kind !== 'user_power' && i % 2 === 1) continue;
    const indicator = await createIndicator(tx, actor, measure, {
      name: 'Andel samtaler med tilbakemeldingsskjema', definition: 'Samtaler der brukeren fylte ut skjemaet, delt på alle samtaler i måneden.',
      valueType: 'proportion', numerator: 'Samtaler med utfylt skjema', denominator: 'Alle samtaler', frequency: 'month', direction: 'up', goal: 0.6, chart: 'run',
    });
    const shift = i % 2 === 0;
    await recordMeasurements(tx, actor, measure, indicator, months('2016-10', 14).map((period, k) => {
      const [num, den] = feedbackShare[k];
      return { row: k + 1, period, value: String(shift ? num : 9 + (k % 3)), denominator: String(den) };
    }));
  }

  // Gathering 2: café dialogue; gathering 4: group work summing up the measures (fictitious harvests).
  const keys = { dataDir: '' };
  const cafe: [string, string, string][] = [
    ['1103', '1', 'Vi har startet med tilbakemeldingsskjema og planlegger å ansette en erfaringskonsulent til.'],
    ['1124', '2', 'Recovery er tema på personalmøtene; vi vil prøve faste samtaler om hva som er viktig for brukeren.'],
    ['1130', '3', 'Brukerstyrt samling på fredager er i gang og godt besøkt.'],
  ];
  for (const [number, table, text] of cafe) {
    const harvest = await recordHarvest(tx, actor, programmeId, municipalities.get(number)!, { kind: 'cafe', gathering: 2, tableLabel: table, round: 1, question: 'Hvilke tiltak har dere satt i gang, og hva er planlagt?', host: 'Bordvert fra prosjektgruppen', text }, keys, 'nb');
    // Stavanger's café table tells of the feedback form: the team names it as the measure's evidence.
    if (number === '1103' && harvest.documentId) await linkEvidence(tx, actor, created[0], harvest.documentId);
  }
  for (const number of ['1103', '1119', '1121'])
    await recordHarvest(tx, actor, programmeId, municipalities.get(number)!, { kind: 'group_work', gathering: 4, question: 'Hvilke tiltak har kommunen satt i gang?', text: 'Oppsummering fra gruppearbeidet: tiltakene er i gang og følges opp i teamet.' }, keys, 'nb');
  for (const [number, gathering, score, reason] of [['1103', 2, 2, 'Team etablert og planer laget.'], ['1103', 4, 3.5, 'Tiltakene er prøvd ut og viser bedring.'], ['1124', 2, 1.5, 'Kommet i gang med planlegging.']] as const)
    await recordProgress(tx, actor, programmeId, municipalities.get(number)!, { gathering, score, reason });
}
