import { agreementPoints, openQuestion, t } from './text.js';

/**
 * Seed 000 §1.2.1 activity 5: the participants' experience of the recovery-oriented course, and the pilot course's
 * extra evaluation form (its results are used to adjust content and structure before the remaining courses).
 * The seed names the purpose but not the questions; these are Varde's own, written for that purpose.
 * `experience` (mean of e01–e06) is the course-experience score used in the pre/post report.
 */
const statement = (name: string, n: string, nb: string, nn: string, en: string) => ({
  type: 'likert' as const,
  name,
  questionNumber: n,
  label: t(nb, nn, en),
  required: false,
  points: agreementPoints,
});

export const courseEvaluation = {
  name: 'course_evaluation',
  title: t('Evaluering av opplæringskurset', 'Evaluering av opplæringskurset', 'Course evaluation'),
  description: t(
    'Dine opplevelser av det recovery-orienterte opplæringskurset. Svarene brukes til å justere innhold og oppbygning av kursene. Skjemaet er anonymt.',
    'Opplevingane dine av det recovery-orienterte opplæringskurset. Svara blir brukte til å justere innhald og oppbygging av kursa. Skjemaet er anonymt.',
    'Your experience of the recovery-oriented training course. The answers are used to adjust the content and structure of the courses. The form is anonymous.',
  ),
  languages: ['nb', 'nn', 'en'],
  sections: [
    {
      name: 'experience',
      title: t('Hvordan opplevde du kurset?', 'Korleis opplevde du kurset?', 'How did you experience the course?'),
      items: [
        statement('e01_useful', '1', 'Alt i alt var kurset nyttig for meg.', 'Alt i alt var kurset nyttig for meg.', 'All in all, the course was useful to me.'),
        statement('e02_relevant', '2', 'Innholdet var relevant for arbeidet mitt.', 'Innhaldet var relevant for arbeidet mitt.', 'The content was relevant to my work.'),
        statement('e03_understand', '3', 'Jeg forstår bedre hva recovery går ut på.', 'Eg forstår betre kva recovery går ut på.', 'I understand better what recovery is about.'),
        statement('e04_practice', '4', 'Kurset ga meg ideer til hvordan recovery-arbeid kan gjøres i praksis i tjenesten min.', 'Kurset gav meg idear til korleis recovery-arbeid kan gjerast i praksis i tenesta mi.', 'The course gave me ideas for how recovery work can be done in practice in my service.'),
        statement('e05_dialogue', '5', 'Det var god plass til å stille spørsmål og dele erfaringer.', 'Det var god plass til å stille spørsmål og dele erfaringar.', 'There was good room to ask questions and share experiences.'),
        statement('e06_lived_experience', '6', 'Erfaringene til personer med egen erfaring som tjenestemottakere kom godt fram.', 'Erfaringane til personar med eiga erfaring som tenestemottakarar kom godt fram.', 'The experiences of people with lived experience as service users came across well.'),
        {
          type: 'single_choice' as const,
          name: 'e07_length',
          questionNumber: '7',
          label: t('Hva synes du om lengden på kurset?', 'Kva synest du om lengda på kurset?', 'What did you think of the length of the course?'),
          required: false,
          display: 'radio' as const,
          choices: [
            { code: '1', label: t('For kort', 'For kort', 'Too short') },
            { code: '2', label: t('Passe', 'Passe', 'About right') },
            { code: '3', label: t('For lang', 'For lang', 'Too long') },
          ],
        },
        {
          type: 'single_choice' as const,
          name: 'e08_recommend',
          questionNumber: '8',
          label: t('Vil du anbefale kurset til kolleger?', 'Vil du tilrå kurset til kollegaer?', 'Would you recommend the course to colleagues?'),
          required: false,
          display: 'radio' as const,
          choices: [
            { code: '1', label: t('Ja', 'Ja', 'Yes') },
            { code: '0', label: t('Nei', 'Nei', 'No') },
            { code: '9', label: t('Vet ikke', 'Veit ikkje', 'Don’t know') },
          ],
        },
      ],
    },
    {
      name: 'comments',
      title: t('Dine innspill', 'Innspela dine', 'Your input'),
      items: [
        openQuestion('e09_best', '9', t('Hva var mest nyttig ved kurset?', 'Kva var mest nyttig ved kurset?', 'What was most useful about the course?')),
        openQuestion('e10_change', '10', t('Hva bør endres eller gjøres annerledes?', 'Kva bør endrast eller gjerast annleis?', 'What should be changed or done differently?')),
        openQuestion('e11_missing', '11', t('Var det noe du savnet i kurset?', 'Var det noko du sakna i kurset?', 'Was there anything you missed in the course?')),
      ],
    },
  ],
  scales: [
    {
      name: 'experience',
      label: t('Kursopplevelse', 'Kursoppleving', 'Course experience'),
      items: ['e01_useful', 'e02_relevant', 'e03_understand', 'e04_practice', 'e05_dialogue', 'e06_lived_experience'],
      reverse: [],
      method: 'mean' as const,
      minAnswered: 4,
    },
  ],
};
