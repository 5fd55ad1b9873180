import { describe, expect, it } from 'vitest';
import { sampleDefinition } from './fixtures.js';
import { mergeScreenAnswers, nextScreen, previousScreen, progressOf, screenAt, screens } from './respond-flow.js';

const def = sampleDefinition();
const names = (list: ReturnType<typeof screens>) => list.map((s) => (s.kind === 'item' ? s.item.name : s.kind));

describe('screens', () => {
  it('one item per screen, the code first when asked, hidden items skipped, calc never shown, a submit screen last', () => {
    const list = screens(def, { display: 'one_per_screen', askCode: true }, {});
    expect(names(list)).toEqual(['code', 'intro', 'q1', 'q2', 'role', 'areas', 'grid', 'years', 'hours', 'start', 'consent', 'mood', 'email', 'submit']);
    const branched = screens(def, { display: 'one_per_screen', askCode: false }, { role: '9', areas: ['2'] });
    expect(names(branched)).toContain('role_other');
    expect(names(branched)).toContain('areas_b');
  });

  it('the whole form is one screen with the visible items', () => {
    const [form] = screens(def, { display: 'whole', askCode: false }, { role: '1' });
    expect(form.kind).toBe('form');
    expect(form.kind === 'form' && form.items.map((i) => i.name)).not.toContain('role_other');
  });

  it('resumes at the first shown screen at or after the stored position; moves forward and back over hidden items', () => {
    const list = screens(def, { display: 'one_per_screen', askCode: false }, { role: '1' });
    const roleOther = 5; // anchor of role_other (hidden for role 1)
    expect(names([screenAt(list, roleOther)])).toEqual(['areas']);
    const role = list.find((s) => s.kind === 'item' && s.item.name === 'role')!;
    expect(names([nextScreen(list, role)])).toEqual(['areas']);
    expect(names([previousScreen(list, nextScreen(list, role))!])).toEqual(['role']);
    expect(previousScreen(list, list[0])).toBeUndefined();
    expect(screenAt(list, 999).kind).toBe('submit');
    expect(progressOf(list, role)).toEqual({ step: 4, of: 12 });
  });
});

describe('mergeScreenAnswers', () => {
  it('replaces the screen’s variables, drops what was cleared, keeps other screens', () => {
    expect(mergeScreenAnswers({ q1: 3, areas: ['1'], years: 4 }, ['areas', 'q2'], { q2: 5 })).toEqual({ q1: 3, q2: 5, years: 4 });
  });
});
