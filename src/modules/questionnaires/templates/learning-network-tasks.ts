import { openQuestion, t } from './text.js';

/** Seed 004, appendix 1, task 2: mapping the municipality's own services before the first gathering (5 questions). */
export const serviceMapping = {
  name: 'service_mapping',
  title: t('Kartlegging av egne tjenester', 'Kartlegging av eigne tenester', 'Mapping our own services'),
  description: t(
    'Forbedringsteamets kartlegging før første samling i læringsnettverket.',
    'Kartlegginga til forbetringsteamet før første samling i læringsnettverket.',
    'The improvement team’s mapping before the first gathering of the learning network.',
  ),
  languages: ['nb', 'nn', 'en'],
  sections: [
    {
      name: 'mapping',
      items: [
        openQuestion('s01_services', '1', t(
          'Hvilke tjenester har kommunen til disposisjon når det gjelder personer med rusproblemer og/eller psykiske problemer?',
          'Kva for tenester har kommunen til rådvelde når det gjeld personar med rusproblem og/eller psykiske problem?',
          'What services does the municipality have available for people with substance use and/or mental health problems?',
        )),
        openQuestion('s02_user_views', '2', t(
          'Hvordan innhenter kommunen brukernes erfaringer og synspunkter på tjenestetilbudet?',
          'Korleis hentar kommunen inn erfaringane og synspunkta til brukarane på tenestetilbodet?',
          'How does the municipality gather users’ experiences and views of the services?',
        )),
        openQuestion('s03_family', '3', t(
          'Hvordan involverer kommunen brukernes familier og øvrige nettverk?',
          'Korleis involverer kommunen familiane og det andre nettverket til brukarane?',
          'How does the municipality involve users’ families and wider networks?',
        )),
        openQuestion('s04_organisations', '4', t(
          'Hvilke frivillige organisasjoner/brukerorganisasjoner og møteplasser som er relevante for målgruppen finnes i kommunen?',
          'Kva for frivillige organisasjonar/brukarorganisasjonar og møteplassar som er relevante for målgruppa, finst i kommunen?',
          'Which voluntary organisations/user organisations and meeting places relevant to the target group are there in the municipality?',
        )),
        openQuestion('s05_cooperation', '5', t(
          'Kartlegg styrker og svakheter i samarbeidet mellom kommunen, spesialisthelsetjenesten og NAV.',
          'Kartlegg styrkar og veikskapar i samarbeidet mellom kommunen, spesialisthelsetenesta og NAV.',
          'Map the strengths and weaknesses of the cooperation between the municipality, the specialist health services and NAV.',
        )),
      ],
    },
  ],
  scales: [],
};

/** Seed 004, appendix 1, task 3: listening to the experiences of at least two users (4-question interview guide). */
export const userInterview = {
  name: 'user_interview',
  title: t('Lytt til brukernes erfaringer med tjenestene', 'Lytt til erfaringane brukarane har med tenestene', 'Listening to users’ experiences of the services'),
  description: t(
    'Intervjuguide: intervju minst to brukere med rusproblemer og/eller psykiske problemer for å få et inntrykk av hvordan de opplever tjenestene i dag. Fyll ut ett skjema per intervju.',
    'Intervjuguide: intervju minst to brukarar med rusproblem og/eller psykiske problem for å få eit inntrykk av korleis dei opplever tenestene i dag. Fyll ut eitt skjema per intervju.',
    'Interview guide: interview at least two users with substance use and/or mental health problems to get an impression of how they experience the services today. Fill in one form per interview.',
  ),
  languages: ['nb', 'nn', 'en'],
  sections: [
    {
      name: 'interview',
      items: [
        openQuestion('u01_cooperate', '1', t(
          'Opplever du at tjenestene du mottar samarbeider?',
          'Opplever du at tenestene du får, samarbeider?',
          'Do you feel that the services you receive work together?',
        )),
        openQuestion('u02_influence', '2', t(
          'Opplever du at du har innflytelse på de tjenestene du mottar?',
          'Opplever du at du har innverknad på dei tenestene du får?',
          'Do you feel that you have influence over the services you receive?',
        )),
        openQuestion('u03_suggestions', '3', t(
          'Har du forslag til hvordan vi kan forbedre tjenestene?',
          'Har du forslag til korleis vi kan forbetre tenestene?',
          'Do you have suggestions for how we can improve the services?',
        )),
        openQuestion('u04_useful', '4', t(
          'Opplever du at de tjenestene du mottar er nyttige for deg?',
          'Opplever du at dei tenestene du får, er nyttige for deg?',
          'Do you feel that the services you receive are useful to you?',
        )),
      ],
    },
  ],
  scales: [],
};
