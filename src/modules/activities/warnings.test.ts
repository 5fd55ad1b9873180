import { describe, expect, it } from 'vitest';
import { scheduleWarnings, type ScheduledActivity } from './warnings.js';

const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 0, day, hour));
const act = (id: string, start: Date | null, end: Date | null, extra: Partial<ScheduledActivity> = {}): ScheduledActivity => ({ id, typeKey: 'x', startsAt: start, endsAt: end, status: start ? 'scheduled' : 'planned', isPilot: false, ...extra });

describe('scheduleWarnings', () => {
  const deps = [{ activityId: 'feedback', afterActivityId: 'interview' }];

  it('warns when the later activity starts before the earlier one ends', () => {
    expect(scheduleWarnings([act('interview', at(5), at(5, 11)), act('feedback', at(5, 10), at(5, 12))], deps)).toEqual([{ kind: 'order', activityId: 'feedback', otherActivityId: 'interview' }]);
  });

  it('is quiet when the order holds, when either is unscheduled, and when either is cancelled', () => {
    expect(scheduleWarnings([act('interview', at(5), at(5, 11)), act('feedback', at(5, 11), at(5, 13))], deps)).toEqual([]);
    expect(scheduleWarnings([act('interview', null, null), act('feedback', at(1), at(1, 12))], deps)).toEqual([]);
    expect(scheduleWarnings([act('interview', at(5), at(5, 11), { status: 'cancelled' }), act('feedback', at(1), at(1, 12))], deps)).toEqual([]);
  });

  it('looks through unscheduled activities: the joint meeting before the interviews warns while the separate meetings have no time', () => {
    const chain = [{ activityId: 'separate', afterActivityId: 'interview' }, { activityId: 'joint', afterActivityId: 'separate' }];
    const list = [act('interview', at(5), at(5, 11)), act('separate', null, null), act('joint', at(2), at(2, 12))];
    expect(scheduleWarnings(list, chain)).toEqual([{ kind: 'order', activityId: 'joint', otherActivityId: 'interview' }]);
    // Once the separate meeting has a time, each pair is judged on its own.
    const timed = [act('interview', at(5), at(5, 11)), act('separate', at(6), at(6, 12)), act('joint', at(2), at(2, 12))];
    expect(scheduleWarnings(timed, chain)).toEqual([{ kind: 'order', activityId: 'joint', otherActivityId: 'separate' }]);
  });

  it('warns when a course is held before the pilot course', () => {
    const list = [act('pilot', at(10), at(10, 13), { typeKey: 'training_course', isPilot: true }), act('other', at(3), at(3, 13), { typeKey: 'training_course' }), act('late', at(20), at(20, 13), { typeKey: 'training_course' })];
    expect(scheduleWarnings(list, [])).toEqual([{ kind: 'pilot_not_first', activityId: 'other', otherActivityId: 'pilot' }]);
  });
});
