/**
 * The report's data material (seed 004 §3): activities held per type, documents per kind, focus
 * groups, and participants per role. Every count comes from the module that owns it; counts of
 * people go through the small-cell rule as a shareable export (never shown below the threshold).
 */
import type { Executor } from '../../db/client.js';
import { protectCount, type ProtectedCount } from '../../lib/small-cells.js';
import { listActivities } from '../activities/activities.js';
import { listActivityTypes } from '../activities/types.js';
import { listDocuments } from '../analysis/documents.js';
import { consentedParticipantIds } from '../consent/status.js';
import { listParticipants } from '../people/participants.js';
import { participantRoles } from '../people/schema.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { getProgramme } from '../programmes/programmes.js';
import type { ReportLanguage } from './report-schema.js';

export interface MaterialFacts {
  threshold: number;
  municipalities: number;
  /** Held activities per type (label in the report's language), types without any left out. */
  activitiesHeld: { typeKey: string; label: string; count: number }[];
  activitiesHeldTotal: number;
  focusGroupsHeld: number;
  documents: { kind: string; count: number }[];
  documentsTotal: number;
  /** Participants per role, and how many of them consented. */
  participants: { role: string; recruited: ProtectedCount; consented: ProtectedCount }[];
  participantsTotal: ProtectedCount;
}

export async function materialFacts(db: Executor, programmeId: string, lang: ReportLanguage): Promise<MaterialFacts> {
  const programme = await getProgramme(db, programmeId);
  const threshold = programme.smallCellThreshold;
  const protect = (n: number) => protectCount(n, threshold, false);
  const municipalities = await listProgrammeMunicipalities(db, programmeId, 'all');
  const types = new Map((await listActivityTypes(db, programmeId)).map((t) => [t.key, t.labels[lang] || t.labels.nb || t.key]));
  const held = (await listActivities(db, programmeId, { municipalities: 'all' })).filter((a) => a.status === 'held');
  const perType = new Map<string, number>();
  for (const a of held) perType.set(a.typeKey, (perType.get(a.typeKey) ?? 0) + 1);
  const documents = await listDocuments(db, programmeId);
  const perKind = new Map<string, number>();
  for (const d of documents) perKind.set(d.kind, (perKind.get(d.kind) ?? 0) + 1);
  const people = await listParticipants(db, programmeId, 'all');
  const consented = await consentedParticipantIds(db, programmeId);
  return {
    threshold,
    municipalities: municipalities.length,
    activitiesHeld: [...perType].map(([typeKey, count]) => ({ typeKey, label: types.get(typeKey) ?? typeKey, count })).sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    activitiesHeldTotal: held.length,
    focusGroupsHeld: perType.get('focus_group') ?? 0,
    documents: [...perKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    documentsTotal: documents.length,
    participants: participantRoles.map((role) => {
      const these = people.filter((p) => p.role === role);
      return { role, recruited: protect(these.length), consented: protect(these.filter((p) => consented.has(p.id)).length) };
    }),
    participantsTotal: protect(people.length),
  };
}
