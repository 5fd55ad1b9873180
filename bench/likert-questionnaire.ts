import { InstrumentDefinitionSchema } from '../src/modules/questionnaires/definition.js';

/** The respondent benches' questionnaire: twenty Likert statements (1–5) in three languages with a sum scale over all (a typical course questionnaire). */
const text = (nb: string, nn: string, en: string) => ({ nb, nn, en });
const points = [
  text('Helt uenig', 'Heilt usamd', 'Strongly disagree'), text('Litt uenig', 'Litt usamd', 'Disagree'), text('Verken eller', 'Verken eller', 'Neither'),
  text('Litt enig', 'Litt samd', 'Agree'), text('Helt enig', 'Heilt samd', 'Strongly agree'),
].map((label, i) => ({ value: i + 1, label }));
export const benchDefinition = InstrumentDefinitionSchema.parse({
  name: 'bench', title: text('Kunnskap og holdninger om recovery', 'Kunnskap og haldningar om recovery', 'Recovery knowledge and attitudes'), languages: ['nb', 'nn', 'en'],
  sections: [{ name: 's', items: Array.from({ length: 20 }, (_, i) => ({
    name: `p${i + 1}`, type: 'likert', required: true, points,
    label: text(`Påstand ${i + 1}: Tjenesten legger vekt på brukerens egne mål`, `Påstand ${i + 1}: Tenesta legg vekt på brukaren sine eigne mål`, `Statement ${i + 1}: The service emphasises the person's own goals`),
  })) }],
  scales: [{ name: 'total', label: text('Sum', 'Sum', 'Total'), items: Array.from({ length: 20 }, (_, i) => `p${i + 1}`), method: 'sum', minAnswered: 16 }],
});
