import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getProgramme } from '../programmes/programmes.js';
import { analysisSettings } from './schema.js';

export interface AnalysisSettings {
  keepOriginals: boolean;
  originalsDeleteBy: string | null;
  blindCoding: boolean;
}

const defaults: AnalysisSettings = { keepOriginals: false, originalsDeleteBy: null, blindCoding: true };

/** The programme's settings, or the defaults (no originals kept, blind coding on) when none are saved. */
export async function getAnalysisSettings(db: Executor, programmeId: string): Promise<AnalysisSettings> {
  const [row] = await db.select().from(analysisSettings).where(eq(analysisSettings.programmeId, programmeId));
  if (!row) return { ...defaults };
  return { keepOriginals: row.keepOriginals, originalsDeleteBy: row.originalsDeleteBy, blindCoding: row.blindCoding };
}

export async function updateAnalysisSettings(db: Executor, actor: Actor, programmeId: string, patch: Partial<AnalysisSettings>, requestId?: string): Promise<AnalysisSettings> {
  await getProgramme(db, programmeId);
  const before = await getAnalysisSettings(db, programmeId);
  const after = { ...before, ...patch };
  await db
    .insert(analysisSettings)
    .values({ programmeId, ...after })
    .onConflictDoUpdate({ target: analysisSettings.programmeId, set: after });
  await recordAudit(db, { actorId: actor.userId, action: 'analysis.settings.update', entity: 'analysis_settings', entityId: programmeId, programmeId, before, after, requestId });
  return after;
}
