import { InstrumentDefinitionSchema, type InstrumentDefinition } from './definition.js';

/** A small instrument with every item type, for the module's tests (no real questions, no real people). */
export function sampleDefinition(): InstrumentDefinition {
  const t = (s: string) => ({ nb: s, nn: s, en: s });
  const points = [1, 2, 3, 4, 5].map((value) => ({ value, label: t(String(value)) }));
  return InstrumentDefinitionSchema.parse({
    name: 'sample',
    title: t('Sample'),
    languages: ['nb', 'nn', 'en'],
    sections: [
      {
        name: 'first',
        title: t('First'),
        items: [
          { name: 'intro', type: 'descriptive', label: t('Intro') },
          { name: 'q1', type: 'likert', label: t('Q1'), required: true, points, notApplicable: { code: 'na', label: t('N/A') }, dontKnow: { code: 'dk', label: t('DK') } },
          { name: 'q2', type: 'likert', label: t('Q2'), required: true, points },
          { name: 'role', type: 'single_choice', label: t('Role'), required: true, choices: [{ code: '1', label: t('Staff') }, { code: '2', label: t('Leader') }, { code: '9', label: t('Other') }] },
          { name: 'role_other', type: 'text', label: t('Other role'), required: true, maxLength: 20, showIf: { item: 'role', op: 'eq', value: '9' } },
          { name: 'areas', type: 'multiple_choice', label: t('Areas'), maxChecked: 2, choices: [{ code: '1', label: t('A') }, { code: '2', label: t('B') }, { code: '3', label: t('C') }] },
          { name: 'areas_b', type: 'text', label: t('About B'), multiline: true, minLength: 3, showIf: { item: 'areas', op: 'selected', value: '2' } },
        ],
      },
      {
        name: 'second',
        items: [
          { name: 'grid', type: 'matrix', label: t('Grid'), required: true, rows: [{ name: 'g1', label: t('G1') }, { name: 'g2', label: t('G2') }, { name: 'g3', label: t('G3'), required: false }], choices: [1, 2, 3, 4].map((c) => ({ code: String(c), label: t(String(c)) })) },
          { name: 'years', type: 'number', label: t('Years'), integer: true, min: 0, max: 60 },
          { name: 'hours', type: 'number', label: t('Hours'), decimals: 1, min: 0 },
          { name: 'start', type: 'date', label: t('Start'), min: '2020-01-01', max: '2030-12-31' },
          { name: 'consent', type: 'yes_no', label: t('Consent') },
          { name: 'mood', type: 'slider', label: t('Mood'), min: 0, max: 10 },
          { name: 'email', type: 'text', label: t('E-mail'), format: 'email' },
          { name: 'total', type: 'calc', label: t('Total'), formula: '[q1]+[q2]' },
        ],
      },
    ],
    scales: [
      { name: 'core', label: t('Core'), items: ['q1', 'q2', 'g1', 'g2'], reverse: ['q2'], method: 'sum', minAnswered: 3 },
      { name: 'grid_mean', label: t('Grid mean'), items: ['g1', 'g2', 'g3'], method: 'mean', minAnswered: 2, parent: 'core' },
    ],
  });
}
