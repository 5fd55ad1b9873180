export { makeDocx } from '../../support/docx.js';

/** An interview with a registered participant who names her municipality. */
export function interviewLines(name: string, municipality: string): string[] {
  return [
    'Intervjuer: Hvordan opplever du tjenestene der du bor?',
    `${name}: Jeg bor i ${municipality}. Tjenestene har hjulpet meg mye, og nå har jeg mer håp for framtiden.`,
    'Intervjuer: Hva betyr fellesskap for deg?',
    `${name}: Å ha venner og et sted å være gir meg tilhørighet. Jeg vil bestemme mer selv over min egen hverdag.`,
  ];
}

/** A focus group as Microsoft Teams writes it (WebVTT voice tags). */
export function focusGroupVtt(name: string, municipality: string): string {
  return [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:06.000',
    '<v Ordstyrer>Hva fungerer godt i tjenestetilbudet?</v>',
    '',
    '00:00:07.000 --> 00:00:14.000',
    `<v ${name}>Tjenester i ${municipality} samarbeider bedre nå, og brukerne blir hørt.</v>`,
    '',
  ].join('\n');
}
