import type { LocalText } from '../definition.js';
import { agreementPoints, t } from './text.js';

/**
 * Licensed recovery instruments shipped as STRUCTURE AND SCORING ONLY: item numbers, response scale, scales with
 * their scoring rule. No item wording (see shared reference domain.md §10): labels are empty and the coordinator
 * enters the wording once per programme under the licence the organisation holds.
 *
 * What is verified (domain.md §2–4): item counts, response scales, domain/factor/subscale NAMES, RAQ-7 total as a
 * sum 7–35, RSA-R N/A and don't know. What is NOT verified: which item belongs to which domain/factor/subscale and
 * which items are reverse-scored. The templates therefore put consecutive items in each subscale as a PLACEHOLDER
 * and reverse nothing, and say so in the description and licence note; both are editable in the builder.
 */

const licenceNote = (extra: LocalText): LocalText => ({
  nb: `Tekst for hvert spørsmål skal legges inn under lisensen organisasjonen har. ${extra.nb}`,
  nn: `Tekst for kvart spørsmål skal leggjast inn under lisensen organisasjonen har. ${extra.nn}`,
  en: `Item wording to be entered under the licence the organisation holds. ${extra.en}`,
});

const mappingUnverified = t(
  'Hvilke spørsmål som hører til hvilken delskala, og hvilke som skal snus, er ikke bekreftet: malen legger spørsmål etter hverandre i hver delskala som plassholder og snur ingen. Kontroller mot manualen dere har lisens til, og rett skalaene før bruk.',
  'Kva for spørsmål som høyrer til kva for delskala, og kva for nokre som skal snuast, er ikkje stadfesta: malen legg spørsmål etter kvarandre i kvar delskala som plasshaldar og snur ingen. Kontroller mot manualen de har lisens til, og rett skalaane før bruk.',
  'Which items belong to which subscale, and which are reverse-scored, is not verified: the template puts consecutive items in each subscale as a placeholder and reverses none. Check against the manual you are licensed to use and correct the scales before use.',
);

function likertItems(prefix: string, count: number, extra: Record<string, unknown> = {}) {
  return Array.from({ length: count }, (_, i) => ({
    type: 'likert' as const,
    name: `${prefix}_${String(i + 1).padStart(2, '0')}`,
    questionNumber: String(i + 1),
    label: {},
    required: false,
    points: agreementPoints,
    ...extra,
  }));
}

/** Subscales over consecutive items (placeholder mapping), plus the total over all items. */
function scales(prefix: string, total: { label: LocalText; method: 'sum' | 'mean'; minAnswered: number }, subscales: { name: string; label: LocalText; count: number }[], method: 'sum' | 'mean') {
  const names = (from: number, count: number) => Array.from({ length: count }, (_, i) => `${prefix}_${String(from + i + 1).padStart(2, '0')}`);
  const k = subscales.reduce((s, x) => s + x.count, 0);
  let at = 0;
  const subs = subscales.map((s) => {
    const items = names(at, s.count);
    at += s.count;
    return { name: s.name, label: s.label, items, reverse: [], method, minAnswered: Math.max(1, Math.ceil(s.count / 2)), parent: `${prefix}_total` };
  });
  return [{ name: `${prefix}_total`, label: total.label, items: names(0, k), reverse: [], method: total.method, minAnswered: total.minAnswered }, ...subs];
}

export const rki = {
  name: 'rki',
  title: t('Recovery Knowledge Inventory (RKI)', 'Recovery Knowledge Inventory (RKI)', 'Recovery Knowledge Inventory (RKI)'),
  description: t(
    'Ansattes kunnskap om og holdninger til recovery (Bedregal, O’Connell og Davidson 2006). 20 spørsmål, fire domener, svar 1–5. Skåre: gjennomsnitt per domene og totalt. ',
    'Kunnskapen og haldningane til tilsette om recovery (Bedregal, O’Connell og Davidson 2006). 20 spørsmål, fire domene, svar 1–5. Skåre: gjennomsnitt per domene og totalt. ',
    'Staff knowledge of and attitudes to recovery (Bedregal, O’Connell & Davidson 2006). 20 items, four domains, answers 1–5. Score: mean per domain and in total. ',
  ),
  languages: ['nb', 'nn', 'en'],
  wordingRequired: true,
  licenceNote: licenceNote(t(
    `${mappingUnverified.nb} Fordelingen 7/6/4/3 spørsmål per domene er ofte sitert, men ikke bekreftet. De fleste spørsmålene skal trolig snus.`,
    `${mappingUnverified.nn} Fordelinga 7/6/4/3 spørsmål per domene er ofte sitert, men ikkje stadfesta. Dei fleste spørsmåla skal truleg snuast.`,
    `${mappingUnverified.en} The split of 7/6/4/3 items per domain is often quoted but not confirmed. Most items are probably reverse-scored.`,
  )),
  sections: [{ name: 'rki_items', items: likertItems('rki', 20) }],
  scales: scales('rki', { label: t('RKI totalt', 'RKI totalt', 'RKI total'), method: 'mean', minAnswered: 16 }, [
    { name: 'rki_roles', label: t('Roller og ansvar i recovery', 'Roller og ansvar i recovery', 'Roles and responsibilities in recovery'), count: 7 },
    { name: 'rki_nonlinear', label: t('Recovery-prosessen er ikke lineær', 'Recovery-prosessen er ikkje lineær', 'Non-linearity of the recovery process'), count: 6 },
    { name: 'rki_self_peers', label: t('Selvdefinisjon og likepersoner i recovery', 'Sjølvdefinisjon og likepersonar i recovery', 'Roles of self-definition and peers in recovery'), count: 4 },
    { name: 'rki_expectations', label: t('Forventninger til recovery', 'Forventningar til recovery', 'Expectations regarding recovery'), count: 3 },
  ], 'mean'),
};

export const raq7 = {
  name: 'raq7',
  title: t('Recovery Attitudes Questionnaire (RAQ-7)', 'Recovery Attitudes Questionnaire (RAQ-7)', 'Recovery Attitudes Questionnaire (RAQ-7)'),
  description: t(
    'Holdninger til recovery (Borkin mfl. 2000). 7 spørsmål, to faktorer, svar 1–5. Totalskåre: sum 7–35.',
    'Haldningar til recovery (Borkin mfl. 2000). 7 spørsmål, to faktorar, svar 1–5. Totalskåre: sum 7–35.',
    'Attitudes to recovery (Borkin et al. 2000). 7 items, two factors, answers 1–5. Total score: sum 7–35.',
  ),
  languages: ['nb', 'nn', 'en'],
  wordingRequired: true,
  licenceNote: licenceNote(t(
    `${mappingUnverified.nb} Kontroller også at svarskalaen går i samme retning som skjemaet dere har lisens til.`,
    `${mappingUnverified.nn} Kontroller også at svarskalaen går i same retning som skjemaet de har lisens til.`,
    `${mappingUnverified.en} Also check that the response scale runs in the same direction as the licensed form.`,
  )),
  sections: [{ name: 'raq7_items', items: likertItems('raq7', 7, { required: true }) }],
  scales: scales('raq7', { label: t('RAQ-7 totalt', 'RAQ-7 totalt', 'RAQ-7 total'), method: 'sum', minAnswered: 6 }, [
    { name: 'raq7_possible', label: t('Recovery er mulig og krever tro', 'Recovery er mogleg og krev tru', 'Recovery is possible and needs faith'), count: 4 },
    { name: 'raq7_difficult', label: t('Recovery er vanskelig og ulikt fra person til person', 'Recovery er vanskeleg og ulikt frå person til person', 'Recovery is difficult and differs among people'), count: 3 },
  ], 'sum'),
};

const rsaSubscales = [
  { name: 'rsa_life_goals', label: t('Livsmål', 'Livsmål', 'Life Goals'), count: 6 },
  { name: 'rsa_involvement', label: t('Involvering', 'Involvering', 'Involvement'), count: 6 },
  { name: 'rsa_diversity', label: t('Mangfold i behandlingstilbud', 'Mangfald i behandlingstilbod', 'Diversity of Treatment Options'), count: 5 },
  { name: 'rsa_choice', label: t('Valg', 'Val', 'Choice'), count: 5 },
  { name: 'rsa_tailored', label: t('Individuelt tilpassede tjenester', 'Individuelt tilpassa tenester', 'Individually-Tailored Services'), count: 5 },
  { name: 'rsa_inviting', label: t('Imøtekommende miljø', 'Imøtekomande miljø', 'Inviting Environment'), count: 5 },
];

const rsaSpecial = {
  notApplicable: { code: 'na', label: t('Ikke aktuelt', 'Ikkje aktuelt', 'Not applicable') },
  dontKnow: { code: 'dk', label: t('Vet ikke', 'Veit ikkje', 'Don’t know') },
};

function rsaR(version: 'provider' | 'person') {
  const who = version === 'provider'
    ? t('tjenesteytere', 'tenesteytarar', 'providers')
    : t('personer i recovery (tjenestemottakere)', 'personar i recovery (tenestemottakarar)', 'persons in recovery (service users)');
  const suffix = version === 'provider' ? t('tjenesteyter', 'tenesteytar', 'provider') : t('person i recovery', 'person i recovery', 'person in recovery');
  return {
    name: `rsa_r_${version}`,
    title: t(`Recovery Self-Assessment (RSA-R), ${suffix.nb}`, `Recovery Self-Assessment (RSA-R), ${suffix.nn}`, `Recovery Self-Assessment (RSA-R), ${suffix.en} version`),
    description: t(
      `Hvor recovery-orientert tjenesten er, vurdert av ${who.nb} (O’Connell mfl. 2005). 32 spørsmål, svar 1–5 pluss «ikke aktuelt» og «vet ikke», som regnes som manglende svar. Skåre: gjennomsnitt av besvarte spørsmål per delskala og totalt (vanlig praksis, ikke bekreftet som utviklernes regel).`,
      `Kor recovery-orientert tenesta er, vurdert av ${who.nn} (O’Connell mfl. 2005). 32 spørsmål, svar 1–5 pluss «ikkje aktuelt» og «veit ikkje», som blir rekna som manglande svar. Skåre: gjennomsnitt av svara spørsmål per delskala og totalt (vanleg praksis, ikkje stadfesta som regelen til utviklarane).`,
      `How recovery-oriented the service is, rated by ${who.en} (O’Connell et al. 2005). 32 items, answers 1–5 plus “not applicable” and “don’t know”, which count as missing. Score: mean of answered items per subscale and in total (common practice, not confirmed as the developers’ rule).`,
    ),
    languages: ['nb', 'nn', 'en'],
    wordingRequired: true,
    licenceNote: licenceNote(mappingUnverified),
    sections: [{ name: `rsa_${version}_items`, items: likertItems('rsa', 32, rsaSpecial) }],
    scales: scales('rsa', { label: t('RSA-R totalt', 'RSA-R totalt', 'RSA-R total'), method: 'mean', minAnswered: 16 }, rsaSubscales, 'mean'),
  };
}

export const rsaRProvider = rsaR('provider');
export const rsaRPerson = rsaR('person');
