import { describe, expect, it } from 'vitest';
import type { Answers } from '../questionnaires/definition.js';
import { templateDefinition } from '../questionnaires/templates/index.js';
import { freeTextDocument, summariseCourseExperience } from './course-experience.js';

const definition = templateDefinition('course-evaluation')!;
const courses = [
  { key: 'p', label: 'Pilotby', isPilot: true, municipalityId: 'm1' },
  { key: 'l', label: 'Seinby', isPilot: false, municipalityId: 'm2' },
];
const responses: { courseKey: string; answers: Answers }[] = [
  { courseKey: 'p', answers: { e01_useful: 3, e02_relevant: 3, e03_understand: 3, e04_practice: 3, e08_recommend: '1', e09_best: 'Historiene.' } },
  { courseKey: 'p', answers: { e01_useful: 5, e02_relevant: 5, e03_understand: 5, e04_practice: 5, e08_recommend: '0' } },
  { courseKey: 'l', answers: { e01_useful: 4, e02_relevant: 4, e03_understand: 4, e04_practice: 4, e09_best: '  ' } },
];
const opts = { threshold: 2, mayShowSmall: true, yes: 'Ja', no: 'Nei' };

describe('summariseCourseExperience', () => {
  it('counts answers per option per course, for the pilot, the later courses and all', () => {
    const s = summariseCourseExperience({ definition, courses, responses }, 'nb', opts);
    const useful = s.items.find((i) => i.variable === 'e01_useful')!;
    expect(useful.options.map((o) => o.code)).toEqual(['1', '2', '3', '4', '5']);
    expect(useful.counts.p).toEqual([0, 0, 1, 0, 1]);
    expect(useful.counts.later).toEqual([0, 0, 0, 1, 0]);
    expect(useful.counts.all).toEqual([0, 0, 1, 1, 1]);
    expect(s.items.find((i) => i.variable === 'e08_recommend')!.counts.pilot).toEqual([1, 1, 0]);
  });

  it('scores the experience scale per group (mean of items; minimum 4 answered)', () => {
    const s = summariseCourseExperience({ definition, courses, responses }, 'nb', opts);
    const experience = s.scales.find((x) => x.name === 'experience')!;
    expect(experience.byGroup.pilot).toMatchObject({ ok: true, n: 2, mean: 4 });
    expect(experience.byGroup.l).toMatchObject({ ok: true, n: 1, mean: 4, sd: null });
  });

  it('lists non-empty free text with its course, and builds one document per course', () => {
    const s = summariseCourseExperience({ definition, courses, responses }, 'nb', opts);
    expect(s.freeText.find((q) => q.variable === 'e09_best')!.answers).toEqual([{ courseKey: 'p', course: 'Pilotby', isPilot: true, text: 'Historiene.' }]);
    expect(freeTextDocument(s, 'p')).toBe('Hva var mest nyttig ved kurset?\n\n– Historiene.');
    expect(freeTextDocument(s, 'l')).toBeNull();
  });

  it('small cells: a course below the threshold shows nothing to a viewer who may not see it', () => {
    const s = summariseCourseExperience({ definition, courses, responses }, 'nb', { ...opts, mayShowSmall: false });
    expect(s.courses.find((c) => c.key === 'l')).toMatchObject({ n: 1, suppressed: true });
    expect(s.items[0].counts.l).toBeUndefined();
    expect(s.groups.find((g) => g.key === 'later')).toMatchObject({ n: 0 });
    expect(s.freeText.flatMap((q) => q.answers).every((a) => a.courseKey === 'p')).toBe(true);
  });
});
