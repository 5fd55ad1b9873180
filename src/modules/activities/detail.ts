import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { listServices } from '../programmes/services.js';
import { listDependencies, listActivities, type ActivityRow } from './activities.js';
import { getAgenda } from './agenda.js';
import { listDecisions } from './decisions.js';
import { toActivityDto, toDecisionDto } from './dto.js';
import { getMinutes } from './minutes.js';
import { activityNamer, describeWarnings } from './naming.js';
import { listOutputs } from './outputs.js';
import { scheduleWarnings, warningsAbout } from './warnings.js';

/** Everything the activity page shows: the activity, what it waits for, warnings, agenda, minutes, decisions, results. */
export async function activityDetail(db: Executor, activity: ActivityRow, lang: Language, may: { write: boolean; plan: boolean }) {
  const { name, types } = await activityNamer(db, activity.programmeId, lang);
  const all = await listActivities(db, activity.programmeId, { municipalities: 'all' });
  const byId = new Map(all.map((a) => [a.id, a]));
  const deps = await listDependencies(db, all.map((a) => a.id));
  const warnings = describeWarnings(warningsAbout(scheduleWarnings(all, deps), activity.id), byId, name, lang);
  const dependsOn = deps.filter((d) => d.activityId === activity.id).map((d) => byId.get(d.afterActivityId)!).filter(Boolean);
  const agenda = await getAgenda(db, activity);
  const minutes = await getMinutes(db, activity);
  const type = types.get(activity.typeKey);
  return {
    activity: toActivityDto(activity, name(activity)),
    type: type ? { id: type.id, key: type.key, labels: type.labels, defaultDurationMinutes: type.defaultDurationMinutes, mode: type.mode, recorded: type.recorded, participants: type.participants, produces: type.produces, pilotExtraMinutes: type.pilotExtraMinutes, defaultCapacity: type.defaultCapacity, builtIn: type.builtIn } : null,
    dependsOn: dependsOn.map((a) => toActivityDto(a, name(a))),
    warnings,
    agenda: {
      items: agenda.items.map((i) => ({ id: i.id, position: i.position, title: i.title, notes: i.notes, durationMinutes: i.durationMinutes })),
      carried: agenda.carried.map((d) => ({ ...toDecisionDto(d), raisedAtActivityId: d.activityId, raisedAtName: byId.get(d.activityId) ? name(byId.get(d.activityId)!) : '' })),
    },
    minutes: minutes ? { text: minutes.text, source: minutes.source, documentId: minutes.documentId, updatedAt: minutes.updatedAt.toISOString() } : null,
    decisions: (await listDecisions(db, activity.id)).map(toDecisionDto),
    outputs: (await listOutputs(db, activity.id)).map((o) => ({ id: o.id, kind: o.kind, title: o.title, serviceId: o.serviceId, items: o.items })),
    services: activity.municipalityId ? (await listServices(db, activity.programmeId, activity.municipalityId)).map((s) => ({ id: s.id, name: s.name })) : [],
    mayWrite: may.write,
    mayPlan: may.plan,
  };
}
