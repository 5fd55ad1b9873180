import type { ServiceInput } from '../programmes/services.js';

/** Seed 000: the EBCD project that co-creates recovery-oriented training courses. */
export const codesignProgramme = {
  kind: 'codesign' as const,
  name: 'Recoveryorienterte opplæringskurs – samskaping i fire kommuner',
  description:
    'Utvikle og levere recoveryorienterte opplæringskurs for tjenesteytere og -ledere i psykiske helse- og rustjenester, ' +
    'i samarbeid med tjenestemottakere, -ytere og -ledere (Experience-Based Co-Design). Fem tjenester i hver deltakerkommune. ' +
    'Aktiviteter: kartleggingsmøter, intervjuer, tilbakemeldingsmøter, samarbeidsworkshops, avslutningsarrangement, opplæringskurs og oppfølgingsmøter.',
  startsOn: '2026-01-05',
  endsOn: '2027-12-17',
  // Bærum, Sandnes, Tromsø, Trondheim (official numbers).
  municipalities: ['3201', '1108', '5501', '5001'],
};

/**
 * Five fictitious services per municipality, of the kinds the seed names: low-threshold offers and
 * meeting places, social welfare services and housing services.
 */
export const demoServices: ServiceInput[] = [
  { name: 'Fyrlykta lavterskeltilbud', kind: 'low_threshold', description: 'Drop-in og samtaler uten henvisning.', committedToRecovery: true, offersMentalHealthSubstanceUse: true },
  { name: 'Torget møteplass', kind: 'meeting_place', description: 'Åpen møteplass med felles måltider og aktiviteter.', committedToRecovery: true, offersMentalHealthSubstanceUse: true },
  { name: 'Heimen bo- og oppfølgingstjeneste', kind: 'housing', description: 'Bolig med oppfølging for personer med psykiske helse- og rusutfordringer.', committedToRecovery: true, offersMentalHealthSubstanceUse: true },
  { name: 'Vegvisaren sosialtjeneste', kind: 'social_welfare', description: 'Sosial velferd, økonomi og bistand til arbeid.', committedToRecovery: true, offersMentalHealthSubstanceUse: true },
  { name: 'Verkstedet aktivitetshus', kind: 'activity_work', description: 'Arbeidsrettede aktiviteter og kurs.', committedToRecovery: true, offersMentalHealthSubstanceUse: true },
];

/** Seed 004: the recovery learning network of Rogaland and Sunnhordland, 15 municipalities. */
export const learningNetworkProgramme = {
  kind: 'learning_network' as const,
  name: 'Recovery læringsnettverk for Rogaland og Sunnhordland',
  description:
    'Læringsnettverk der forbedringsteam fra 15 kommuner arbeider med recoveryorienterte tiltak. Fire samlinger med ressursforelesninger, ' +
    'erfaringsdeling, kafédialog og gruppearbeid; forbedringsteam på 6–10 deltakere i hver kommune.',
  startsOn: '2016-10-01',
  endsOn: '2017-11-30',
  // Stavanger, Sandnes, Sola, Randaberg, Strand, Hå, Klepp, Time, Gjesdal, Eigersund, Haugesund, Karmøy, Tysvær (Rogaland);
  // Stord, Bømlo (Sunnhordland).
  municipalities: ['1103', '1108', '1124', '1127', '1130', '1119', '1120', '1121', '1122', '1101', '1106', '1149', '1146', '4614', '4613'],
};
