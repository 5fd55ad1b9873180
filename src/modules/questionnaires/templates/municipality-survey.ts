import { openQuestion, t, yesNo } from './text.js';

/**
 * Seed 004, appendix 2: the survey to the municipalities in KS's recovery learning network (Questback), repeated
 * later as a baseline to document change. Eleven questions, kept as open questions as in the original; the two
 * "if so, which / how" questions are split into a yes/no and a follow-up shown only on yes.
 */
export const municipalitySurvey = {
  name: 'municipality_survey',
  title: t('Spørreundersøkelse til kommunene i læringsnettverket', 'Spørjeundersøking til kommunane i læringsnettverket', 'Survey of the municipalities in the learning network'),
  description: t(
    'Kartlegging av hvordan kommunen arbeider med recovery-orienterte tjenester for mennesker med rusproblemer og/eller psykiske lidelser. Gjentas senere for å dokumentere endring.',
    'Kartlegging av korleis kommunen arbeider med recovery-orienterte tenester for menneske med rusproblem og/eller psykiske lidingar. Blir gjentatt seinare for å dokumentere endring.',
    'A survey of how the municipality works with recovery-oriented services for people with substance use and/or mental health problems. Repeated later to document change.',
  ),
  languages: ['nb', 'nn', 'en'],
  sections: [
    {
      name: 'survey',
      items: [
        openQuestion('m01_user_experience', '1', t(
          'Hvordan henter dere inn brukernes erfaringer og synspunkter på tjenestetilbudet for mennesker med rusproblemer og/eller psykiske lidelser?',
          'Korleis hentar de inn erfaringane og synspunkta til brukarane på tenestetilbodet for menneske med rusproblem og/eller psykiske lidingar?',
          'How do you gather users’ experiences and views of the services for people with substance use and/or mental health problems?',
        )),
        yesNo('m02_feedback_tools', '2', t(
          'Er det tatt i bruk metoder/verktøy for systematisk tilbakemelding fra brukerne på hvordan hjelpen/behandlingen virker?',
          'Er det teke i bruk metodar/verktøy for systematisk tilbakemelding frå brukarane på korleis hjelpa/behandlinga verkar?',
          'Have methods/tools been adopted for systematic feedback from users on how the help/treatment works?',
        )),
        openQuestion('m02_which', '2b', t('I tilfelle hvilke?', 'I så fall kva for nokre?', 'If so, which?'), { showIf: { item: 'm02_feedback_tools', op: 'eq', value: '1' } }),
        openQuestion('m03_accessibility', '3', t(
          'Hva gjøres for at tjenestene oppleves lett tilgjengelig for brukerne? Hvilke av disse tilbudene er døgnåpne?',
          'Kva blir gjort for at tenestene skal opplevast lett tilgjengelege for brukarane? Kva for nokre av desse tilboda er døgnopne?',
          'What is done to make the services feel easily accessible to users? Which of these services are open around the clock?',
        )),
        openQuestion('m04_organisations', '4', t(
          'Hvilke organisasjoner samarbeider kommunen med knyttet til denne målgruppen? Beskriv hvordan dere samarbeider.',
          'Kva for organisasjonar samarbeider kommunen med knytt til denne målgruppa? Beskriv korleis de samarbeider.',
          'Which organisations does the municipality work with for this target group? Describe how you work together.',
        )),
        openQuestion('m05_belonging', '5', t(
          'Hva gjør kommunen for at brukerne skal oppleve samhørighet og verdsatte roller?',
          'Kva gjer kommunen for at brukarane skal oppleve samhøyrsle og verdsette roller?',
          'What does the municipality do so that users experience belonging and valued roles?',
        )),
        openQuestion('m06_user_run', '6', t(
          'Hvilke brukerstyrte tjenester finnes i kommunen?',
          'Kva for brukarstyrte tenester finst i kommunen?',
          'Which user-run services are there in the municipality?',
        )),
        openQuestion('m07_tailoring', '7', t(
          'Hva gjør tjenestene for å skreddersy hjelpen til den enkelte bruker?',
          'Kva gjer tenestene for å skreddarsy hjelpa til den einskilde brukaren?',
          'What do the services do to tailor the help to each individual user?',
        )),
        openQuestion('m08_peer_positions', '8', t(
          'Er det etablert faste stillinger for ansatte med erfaringskompetanse og/eller likemenn, evt. prosjektstillinger?',
          'Er det oppretta faste stillingar for tilsette med erfaringskompetanse og/eller likepersonar, eventuelt prosjektstillingar?',
          'Have permanent positions been established for staff with lived-experience expertise and/or peer workers, or project positions?',
        )),
        openQuestion('m09_family', '9', t(
          'Hvordan involverer kommunen brukernes familier og øvrige nettverk?',
          'Korleis involverer kommunen familiane og det andre nettverket til brukarane?',
          'How does the municipality involve users’ families and wider networks?',
        )),
        yesNo('m10_staff_training', '10', t(
          'Blir personalet opplært i å drive recovery-orientert arbeid?',
          'Blir personalet lært opp i å drive recovery-orientert arbeid?',
          'Are staff trained in recovery-oriented work?',
        )),
        openQuestion('m10_how', '10b', t('Hvis ja, hvordan?', 'Viss ja, korleis?', 'If yes, how?'), { showIf: { item: 'm10_staff_training', op: 'eq', value: '1' } }),
        openQuestion('m11_improvement', '11', t(
          'Beskriv kommunens pågående forbedringsarbeid relatert til punktene over.',
          'Beskriv det pågåande forbetringsarbeidet i kommunen knytt til punkta over.',
          'Describe the municipality’s ongoing improvement work related to the points above.',
        )),
      ],
    },
  ],
  scales: [],
};
