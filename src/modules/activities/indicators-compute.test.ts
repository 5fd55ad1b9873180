import { describe, expect, it } from 'vitest';
import type { AttendanceFact } from './attendance-figures.js';
import { computeIndicators } from './indicators-compute.js';

const a = (id: string, typeKey: string, status: string, municipalityId: string | null = 'm1') => ({ id, typeKey, status, municipalityId });
const f = (activityId: string, participantId: string, role: AttendanceFact['role'], invited: boolean, attended: boolean, municipalityId = 'm1'): AttendanceFact => ({ activityId, participantId, role, invited, attended, municipalityId });

describe('computeIndicators', () => {
  const activities = [a('fb1', 'feedback_meeting', 'held'), a('fb2', 'feedback_meeting', 'held'), a('fb3', 'feedback_meeting', 'scheduled'), a('ws', 'codesign_workshop', 'cancelled'), a('map', 'mapping_meeting', 'held'), a('close', 'closing_event', 'planned', null)];
  const facts = [
    f('fb1', 'r1', 'recipient', true, true), f('fb2', 'r1', 'recipient', true, true), f('fb3', 'r1', 'recipient', true, false),
    f('fb1', 'r2', 'recipient', true, false), f('fb2', 'r2', 'recipient', true, true),
    f('fb1', 'p1', 'provider', false, true), // walk-in
    f('ws', 'r2', 'recipient', true, true), // cancelled activity: left out
  ];
  const services = [{ id: 's1', name: 'Møteplassen', municipalityId: 'm1' }, { id: 's2', name: 'Boligtjenesten', municipalityId: 'm1' }];
  const outputs = [{ activityId: 'map', kind: 'priority_list', serviceId: 's1', title: 'Prioriteringer', items: ['Brukermedvirkning'] }, { activityId: 'ws', kind: 'training_material', serviceId: null, title: 'Kursmodul 1', items: [] }];

  it('counts planned, held and cancelled per type, and attendance per role with walk-ins', () => {
    const r = computeIndicators({ activities, facts, services, outputs, regularN: 2, municipalityId: 'm1' });
    expect(r.activities.find((x) => x.typeKey === 'feedback_meeting')).toEqual({ typeKey: 'feedback_meeting', planned: 3, held: 2, cancelled: 0 });
    expect(r.activities.find((x) => x.typeKey === 'codesign_workshop')).toEqual({ typeKey: 'codesign_workshop', planned: 0, held: 0, cancelled: 1 });
    expect(r.activities.some((x) => x.typeKey === 'closing_event')).toBe(false);
    expect(r.attendance.find((x) => x.role === 'recipient')).toEqual({ role: 'recipient', invited: 5, attended: 3, rate: 3 / 5 });
    expect(r.attendance.find((x) => x.role === 'provider')).toEqual({ role: 'provider', invited: 0, attended: 1, rate: null });
    expect(r.attendance.find((x) => x.role === 'leader')!.rate).toBeNull();
  });

  it('came regularly uses N: r1 attended 2 of 3, r2 1 of 2', () => {
    expect(computeIndicators({ activities, facts, services, outputs, regularN: 2 }).regular.find((x) => x.role === 'recipient')).toEqual({ role: 'recipient', participants: 2, regular: 1 });
    expect(computeIndicators({ activities, facts, services, outputs, regularN: 1 }).regular.find((x) => x.role === 'recipient')!.regular).toBe(2);
    expect(computeIndicators({ activities, facts, services, outputs, regularN: 3 }).regular.find((x) => x.role === 'recipient')!.regular).toBe(0);
  });

  it('engagement: a service is mapped after a held mapping meeting recorded its priorities; material counts', () => {
    const r = computeIndicators({ activities, facts, services, outputs, regularN: 2 });
    expect([r.engagement.servicesMapped, r.engagement.servicesTotal]).toEqual([1, 2]);
    expect(r.engagement.services.find((s) => s.serviceId === 's1')!.priorityAreas).toEqual(['Brukermedvirkning']);
    expect(r.engagement.materials).toEqual([{ activityId: 'ws', title: 'Kursmodul 1' }]);
    expect(r.engagement.participation.find((p) => p.typeKey === 'feedback_meeting')).toEqual({ typeKey: 'feedback_meeting', invited: 5, attended: 4, rate: 3 / 5 });
    const notHeld = computeIndicators({ activities: activities.map((x) => (x.id === 'map' ? { ...x, status: 'scheduled' } : x)), facts, services, outputs, regularN: 2 });
    expect(notHeld.engagement.servicesMapped).toBe(0);
  });
});
