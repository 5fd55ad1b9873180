import { describe, expect, it } from 'vitest';
import { stageOfActivity, stageReached } from './ebcd-stage.js';
import { emotionalMapChart, type MapCell, type MapPoint } from './emotional-map-chart.js';
import { protectTally } from './target-area-view.js';

describe('EBCD stage from the activities held', () => {
  it('is the furthest stage reached, whatever the order; the joint meeting is a feedback meeting with variant joint', () => {
    expect(stageReached([])).toBe('none');
    expect(stageReached([{ typeKey: 'work_meeting', variant: null }])).toBe('none');
    expect(stageReached([{ typeKey: 'interview', variant: null }, { typeKey: 'feedback_meeting', variant: 'recipients' }])).toBe('feedback_meetings');
    expect(stageReached([{ typeKey: 'feedback_meeting', variant: 'joint' }, { typeKey: 'interview', variant: null }])).toBe('joint_meeting');
    expect(stageReached([{ typeKey: 'closing_event', variant: null }, { typeKey: 'codesign_workshop', variant: null }])).toBe('closing');
    expect(stageOfActivity({ typeKey: 'training_course', variant: null })).toBe('course');
  });
});

describe('the emotional map chart', () => {
  const t = (key: string, vars?: Record<string, string | number>) => `${key}${vars ? JSON.stringify(vars) : ''}`;
  const stages = [{ id: 's1', label: 'Første <kontakt>' }, { id: 's2', label: 'Hjelp' }];
  const points: MapPoint[] = [
    { id: 'a', n: 1, stageId: 's1', role: 'recipient', valence: -2, emotionLabel: 'redd' },
    { id: 'b', n: 2, stageId: 's1', role: 'recipient', valence: -2, emotionLabel: 'redd' },
    { id: 'c', n: 3, stageId: 's2', role: 'provider', valence: 2, emotionLabel: 'trygg' },
  ];
  const cells: MapCell[] = [
    { stageId: 's1', role: 'recipient', count: 2, meanValence: -2, suppressed: false },
    { stageId: 's2', role: 'provider', count: 1, meanValence: 2, suppressed: false },
    { stageId: 's2', role: 'leader', count: null, meanValence: null, suppressed: true },
  ];
  const chart = emotionalMapChart('k', stages, points, cells, 'nb', t);

  it('is an accessible SVG with one marked point per touchpoint, stage labels escaped, and its table', () => {
    expect(chart.svg).toMatch(/^<svg[^>]+role="img"[^>]+aria-labelledby="emap-k-title emap-k-desc"/);
    expect(chart.svg.match(/data-touchpoint="/g)).toHaveLength(3);
    expect(chart.svg).toContain('Første &lt;kontakt&gt;');
    expect(chart.svg).not.toContain('<kontakt>');
    expect(chart.description).toContain('"hidden":1');
    expect(chart.table.rows).toEqual([
      ['Første <kontakt>', 'codesign.roles.recipient', 2, '\u22122,0'],
      ['Hjelp', 'codesign.roles.provider', 1, '2,0'],
      ['Hjelp', 'codesign.roles.leader', 'codesign.map.suppressed', '–'],
    ]);
  });

  it('places very negative below very positive, and two points of one cell and valence apart', () => {
    // Each point's number label sits at its centre (+4 px for the baseline).
    const at = (id: string) => new RegExp(`data-touchpoint="${id}"[^]*?<text x="([\\d.]+)" y="([\\d.]+)"`).exec(chart.svg)!.slice(1).map(Number);
    expect(at('a')[1]).toBeGreaterThan(at('c')[1]);
    const x = (id: string) => at(id)[0];
    expect(x('a')).not.toBe(x('b'));
  });
});

describe('stored tallies', () => {
  it('hide small counts for a viewer who may not see them; a count stored as null stays hidden, and so does the total', () => {
    const shown = protectTally({ recipient: 9, provider: 2, leader: 0, unknown: 0 }, 5, false);
    expect([shown.recipient.value, shown.provider.value, shown.leader.value, shown.total.value]).toEqual([9, null, 0, 11]);
    expect(protectTally({ recipient: 9, provider: 2, leader: 0, unknown: 0 }, 5, true).provider.value).toBe(2);
    const stored = protectTally({ recipient: 9, provider: null, leader: 0, unknown: 0 }, 5, true);
    expect([stored.provider.suppressed, stored.total.value]).toEqual([true, null]);
  });
});
