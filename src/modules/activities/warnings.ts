/**
 * Schedule warnings (pure): an order dependency is broken when the later activity starts before the
 * earlier one has ended (looking through activities that have no time yet); the pilot course should be the programme's first. Cancelled and unscheduled
 * activities never warn. Warnings do not stop a schedule — plans move in real life — they are shown.
 */
export interface ScheduledActivity {
  id: string;
  typeKey: string;
  startsAt: Date | null;
  endsAt: Date | null;
  status: string;
  isPilot: boolean;
}

export interface ScheduleWarning {
  kind: 'order' | 'pilot_not_first';
  /** The activity that is too early. */
  activityId: string;
  /** The one it should come after. */
  otherActivityId: string;
}

const active = (a: ScheduledActivity | undefined): a is ScheduledActivity & { startsAt: Date } => !!a && a.status !== 'cancelled' && a.startsAt !== null;

export function scheduleWarnings(list: ScheduledActivity[], dependencies: { activityId: string; afterActivityId: string }[]): ScheduleWarning[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  const parents = new Map<string, string[]>();
  for (const d of dependencies) parents.set(d.activityId, [...(parents.get(d.activityId) ?? []), d.afterActivityId]);
  /**
   * The scheduled activities this one must follow: its direct predecessors, and through any that are
   * not scheduled (or cancelled) theirs — so a joint feedback meeting put before the interviews warns
   * even while the two separate meetings have no time yet.
   */
  const scheduledBefore = (id: string): Set<string> => {
    const found = new Set<string>();
    const seen = new Set<string>([id]);
    const queue = [...(parents.get(id) ?? [])];
    while (queue.length) {
      const next = queue.shift()!;
      if (seen.has(next)) continue;
      seen.add(next);
      if (active(byId.get(next))) found.add(next);
      else queue.push(...(parents.get(next) ?? []));
    }
    return found;
  };
  const warnings: ScheduleWarning[] = [];
  for (const later of list) {
    if (!active(later) || !parents.has(later.id)) continue;
    for (const earlierId of scheduledBefore(later.id)) {
      const earlier = byId.get(earlierId)!;
      const earlierEnd = earlier.endsAt ?? earlier.startsAt!;
      if (later.startsAt.getTime() < earlierEnd.getTime()) warnings.push({ kind: 'order', activityId: later.id, otherActivityId: earlier.id });
    }
  }
  for (const pilot of list.filter((a) => a.isPilot && active(a))) {
    const earlierCourse = list
      .filter((a) => a.typeKey === pilot.typeKey && a.id !== pilot.id && active(a) && a.startsAt!.getTime() < pilot.startsAt!.getTime())
      .sort((a, b) => a.startsAt!.getTime() - b.startsAt!.getTime())[0];
    if (earlierCourse) warnings.push({ kind: 'pilot_not_first', activityId: earlierCourse.id, otherActivityId: pilot.id });
  }
  return warnings;
}

/** The warnings that concern one activity (as the early one or as the one waited for). */
export const warningsAbout = (warnings: ScheduleWarning[], activityId: string) => warnings.filter((w) => w.activityId === activityId || w.otherActivityId === activityId);
