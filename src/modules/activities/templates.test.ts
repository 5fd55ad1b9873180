import { describe, expect, it } from 'vitest';
import { planFromTemplate } from './templates.js';

const four = ['m1', 'm2', 'm3', 'm4'].map((id) => ({ id }));
const count = (plan: ReturnType<typeof planFromTemplate>, typeKey: string, municipalityId: string | null) =>
  plan.filter((a) => a.typeKey === typeKey && a.municipalityId === municipalityId).length;

describe('plan templates', () => {
  it('codesign holds the seed-000 activities per municipality and programme-wide', () => {
    const plan = planFromTemplate('codesign', four);
    for (const m of four) {
      expect([count(plan, 'mapping_meeting', m.id), count(plan, 'interview', m.id), count(plan, 'feedback_meeting', m.id), count(plan, 'codesign_workshop', m.id), count(plan, 'training_course', m.id), count(plan, 'follow_up_meeting', m.id)]).toEqual([1, 8, 3, 1, 1, 1]);
    }
    expect(count(plan, 'closing_event', null)).toBe(1);
    expect(count(plan, 'work_meeting', null)).toBe(4);
    expect(plan).toHaveLength(4 * 15 + 5);
    expect(plan.filter((a) => a.isPilot).map((a) => a.planKey)).toEqual(['codesign:m1:training_course']);
  });

  it('every dependency points at an activity of the same plan, and keys are unique', () => {
    for (const template of ['codesign', 'governance', 'learning_network'] as const) {
      const plan = planFromTemplate(template, four);
      const keys = new Set(plan.map((a) => a.planKey));
      expect(keys.size).toBe(plan.length);
      for (const a of plan) for (const b of a.after) expect(keys.has(b), `${a.planKey} → ${b}`).toBe(true);
    }
  });

  it('the joint feedback meeting comes after the two separate ones, which come after the interviews', () => {
    const plan = planFromTemplate('codesign', four);
    const joint = plan.find((a) => a.planKey === 'codesign:m2:feedback_meeting:joint')!;
    expect(joint.after).toEqual(expect.arrayContaining(['codesign:m2:feedback_meeting:recipients', 'codesign:m2:feedback_meeting:providers']));
    const recipients = plan.find((a) => a.planKey === 'codesign:m2:feedback_meeting:recipients')!;
    expect(recipients.after.filter((k) => k.startsWith('codesign:m2:interview:'))).toHaveLength(8);
  });

  it('governance: steering and expert groups meet four times each; learning network: 4 gatherings, 3 team meetings each, 3 focus groups', () => {
    const gov = planFromTemplate('governance', four);
    expect(count(gov, 'steering_group_meeting', null)).toBe(4);
    expect(count(gov, 'expert_group_meeting', null)).toBe(4);
    const net = planFromTemplate('learning_network', four);
    expect(count(net, 'gathering', null)).toBe(4);
    expect(count(net, 'improvement_team_meeting', 'm3')).toBe(3);
    expect(count(net, 'focus_group', null)).toBe(3);
    expect(count(net, 'work_meeting', null)).toBe(8);
  });
});
