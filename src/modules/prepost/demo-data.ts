/**
 * Fictitious pre/post data for the demo and the benchmark: a seeded generator (same seed, same data),
 * no real people. The instrument is Varde's own short knowledge/attitude questionnaire about recovery,
 * written for the demo (not a licensed instrument), with two subscales under a total.
 */
import type { Answers, InstrumentDefinition } from '../questionnaires/definition.js';
import { seededRandom } from '../../lib/seeded-random.js';


/** Standard normal by Box–Muller. */
export function normal(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

const points = [
  { value: 1, label: { nb: 'Helt uenig', nn: 'Heilt ueinig', en: 'Strongly disagree' } },
  { value: 2, label: { nb: 'Litt uenig', nn: 'Litt ueinig', en: 'Disagree' } },
  { value: 3, label: { nb: 'Verken enig eller uenig', nn: 'Verken einig eller ueinig', en: 'Neither' } },
  { value: 4, label: { nb: 'Litt enig', nn: 'Litt einig', en: 'Agree' } },
  { value: 5, label: { nb: 'Helt enig', nn: 'Heilt einig', en: 'Strongly agree' } },
];

/** `itemCount` items split in two halves: knowledge (k01…) and attitudes (a01…, every third reversed). */
export function knowledgeAttitudeDefinition(itemCount = 10): InstrumentDefinition {
  const half = Math.floor(itemCount / 2);
  const item = (name: string, n: number, kind: 'k' | 'a') => ({
    type: 'likert' as const, name, required: false, points,
    label: kind === 'k'
      ? { nb: `Kunnskapsutsagn ${n} om recovery`, nn: `Kunnskapsutsegn ${n} om recovery`, en: `Knowledge statement ${n} about recovery` }
      : { nb: `Holdningsutsagn ${n} om recovery`, nn: `Haldningsutsegn ${n} om recovery`, en: `Attitude statement ${n} about recovery` },
  });
  const k = Array.from({ length: half }, (_, i) => `k${String(i + 1).padStart(2, '0')}`);
  const a = Array.from({ length: itemCount - half }, (_, i) => `a${String(i + 1).padStart(2, '0')}`);
  const reverse = a.filter((_, i) => i % 3 === 2);
  return {
    name: 'recovery_knowledge_attitudes',
    title: { nb: 'Kunnskap og holdninger om recovery (eksempel)', nn: 'Kunnskap og haldningar om recovery (døme)', en: 'Recovery knowledge and attitudes (example)' },
    languages: ['nb', 'nn', 'en'],
    sections: [
      { name: 'knowledge', items: k.map((name, i) => item(name, i + 1, 'k')) },
      { name: 'attitudes', items: a.map((name, i) => item(name, i + 1, 'a')) },
    ],
    scales: [
      { name: 'total', label: { nb: 'Recovery totalt', nn: 'Recovery totalt', en: 'Recovery total' }, items: [...k, ...a], reverse, method: 'mean', minAnswered: Math.ceil(itemCount * 0.8) },
      { name: 'knowledge', label: { nb: 'Kunnskap', nn: 'Kunnskap', en: 'Knowledge' }, items: k, reverse: [], method: 'mean', minAnswered: Math.ceil(half * 0.8), parent: 'total' },
      { name: 'attitudes', label: { nb: 'Holdninger', nn: 'Haldningar', en: 'Attitudes' }, items: a, reverse, method: 'mean', minAnswered: Math.ceil((itemCount - half) * 0.8), parent: 'total' },
    ],
  };
}

export interface GeneratedRespondent {
  /** A fictitious self-generated code (hashed before it is stored). */
  code: string;
  pre: Answers | null;
  post: Answers | null;
}

const clampPoint = (x: number) => Math.min(5, Math.max(1, Math.round(x)));

/**
 * `n` respondents of one course: a person level, item noise, a gain of `effect` points after the
 * course; `dropout` of them (10 %) do not answer the post questionnaire, a few skip an item.
 */
export function generateCourseRespondents(def: InstrumentDefinition, seed: number, n: number, effect: number, dropout = 0.1): GeneratedRespondent[] {
  const random = seededRandom(seed);
  const reverse = new Set(def.scales[0]?.reverse ?? []);
  const names = def.sections.flatMap((s) => s.items.map((i) => i.name));
  const answers = (level: number) => {
    const out: Answers = {};
    for (const name of names) {
      if (random() < 0.02) continue; // a skipped item
      const v = clampPoint(level + 0.7 * normal(random));
      out[name] = reverse.has(name) ? 6 - v : v;
    }
    return out;
  };
  return Array.from({ length: n }, (_, i) => {
    const level = 2.8 + 0.6 * normal(random);
    const gain = effect + 0.4 * normal(random);
    const dropsOut = random() < dropout;
    return { code: `demo-${seed}-${i}`, pre: answers(level), post: dropsOut ? null : answers(level + gain) };
  });
}

const praise = ['Historiene fra folk med egen erfaring.', 'Gruppearbeidet om praksis i egen tjeneste.', 'Å høre hvordan andre kommuner jobber.', 'Konkrete verktøy til samtaler.'];
const changes = ['Mer tid til diskusjon.', 'Kortere forelesninger før lunsj.', 'Flere eksempler fra hverdagen.', 'Sende ut lesestoff på forhånd.'];

/** Course evaluation answers (template `course-evaluation`): Likert e01–e06, e07/e08 choices, some free text. */
export function generateCourseEvaluation(seed: number, n: number, mood: number): Answers[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => {
    const a: Answers = {};
    for (const name of ['e01_useful', 'e02_relevant', 'e03_understand', 'e04_practice', 'e05_dialogue', 'e06_lived_experience']) a[name] = clampPoint(mood + 0.8 * normal(random));
    a.e07_length = String(1 + Math.floor(random() * 3));
    a.e08_recommend = random() < 0.85 ? '1' : '0';
    if (random() < 0.5) a.e09_best = praise[Math.floor(random() * praise.length)];
    if (random() < 0.4) a.e10_change = changes[Math.floor(random() * changes.length)];
    return a;
  });
}
