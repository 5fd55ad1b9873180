import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { translate } from '../../i18n/index.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import type { ActivityRow } from './activities.js';
import { activityName } from './labels.js';
import { listActivityTypes } from './types.js';
import type { ScheduleWarning } from './warnings.js';

/** Types the plan holds once per municipality (or programme): their name needs no number. */
const onePerPlace = new Set(['mapping_meeting', 'feedback_meeting', 'codesign_workshop', 'training_course', 'follow_up_meeting', 'closing_event']);

/** Names activities in one language for one programme (types and municipalities read once). */
export async function activityNamer(db: Executor, programmeId: string, lang: Language) {
  const types = new Map((await listActivityTypes(db, programmeId)).map((t) => [t.key, t]));
  const places = new Map((await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => [m.id, m.name]));
  const numbered = (a: ActivityRow) => !onePerPlace.has(a.typeKey) || a.ordinal > 1;
  return {
    types,
    places,
    name: (a: ActivityRow) => activityName(lang, a, types.get(a.typeKey)?.labels, a.municipalityId ? (places.get(a.municipalityId) ?? null) : null, numbered(a)),
  };
}

/** Warnings with a sentence naming both activities, in the reader's language. */
export function describeWarnings(warnings: ScheduleWarning[], byId: Map<string, ActivityRow>, name: (a: ActivityRow) => string, lang: Language) {
  return warnings.map((w) => ({
    ...w,
    message: translate(lang, `activities.warnings.${w.kind}`, { activity: name(byId.get(w.activityId)!), other: name(byId.get(w.otherActivityId)!) }),
  }));
}
