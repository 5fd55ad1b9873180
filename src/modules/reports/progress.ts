/**
 * Progress against the plan, per municipality: activities planned and held, how far the work has come
 * (the EBCD stage for a co-design programme, the network's gatherings for a learning network),
 * recruitment against its targets, and consent per purpose. Read through the owning modules' exports.
 */
import type { Executor } from '../../db/client.js';
import type { Language } from '../../i18n/index.js';
import { protectCount, type ProtectedCount } from '../../lib/small-cells.js';
import type { ProgrammeScope } from '../access/actor.js';
import { activityStatusCounts } from '../activities/progress-counts.js';
import { ebcdStageByMunicipality } from '../codesign/ebcd-stage.js';
import { listPurposes } from '../consent/purposes.js';
import { consentCounts } from '../consent/status.js';
import { recruitmentOverview } from '../people/overview.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import type { Programme } from '../programmes/programmes.js';

export interface Tally { planned: number; held: number }
export interface MunicipalityProgress {
  municipalityId: string;
  name: string;
  /** Every activity not cancelled counts as planned; `held` of them are held. */
  activities: Tally;
  /** Co-design: the EBCD stage reached and the next one. */
  stage: string | null;
  nextStage: string | null;
  recruitment: { target: number; recruited: ProtectedCount };
}
export interface ProgressView {
  municipalities: MunicipalityProgress[];
  /** Programme-wide activities (no municipality): the network's gatherings, project group, closing. */
  programmeWide: Tally;
  /** Learning network: gatherings held of those planned. */
  gatherings: Tally | null;
  recruitment: { target: number; recruited: ProtectedCount };
  consent: { key: string; label: string; consented: ProtectedCount }[];
}

export async function progressView(db: Executor, programme: Programme, scope: ProgrammeScope, mayShowSmall: boolean, lang: Language): Promise<ProgressView> {
  const programmeId = programme.id;
  const protect = (n: number) => protectCount(n, programme.smallCellThreshold, mayShowSmall);
  const [municipalities, counts, recruitment, consented, purposes] = await Promise.all([
    listProgrammeMunicipalities(db, programmeId, scope.municipalities),
    activityStatusCounts(db, programmeId),
    // True counts here; sums are protected below on their own (primary suppression of what is shown).
    recruitmentOverview(db, programmeId, scope.municipalities, true),
    consentCounts(db, programmeId, scope.municipalities),
    listPurposes(db, programmeId),
  ]);
  const stages = programme.kind === 'codesign' ? new Map((await ebcdStageByMunicipality(db, programmeId, scope)).map((s) => [s.municipalityId, s])) : new Map();
  const tally = (rows: typeof counts): Tally => ({
    planned: rows.filter((r) => r.status !== 'cancelled').reduce((s, r) => s + r.n, 0),
    held: rows.filter((r) => r.status === 'held').reduce((s, r) => s + r.n, 0),
  });
  const recruitedIn = (m: string | null) => {
    const cells = recruitment.cells.filter((c) => c.role === null && c.municipalityId === m);
    return { target: cells.reduce((s, c) => s + c.target, 0), recruited: protect(cells.reduce((s, c) => s + (c.recruited.value ?? 0), 0)) };
  };
  // Programme-wide activities are in a contact's plan only as far as the activity plan shows them (it does not).
  const wide = scope.municipalities === 'all' ? counts.filter((r) => r.municipalityId === null) : [];
  return {
    municipalities: municipalities.map((m) => {
      const stage = stages.get(m.id);
      return { municipalityId: m.id, name: m.name, activities: tally(counts.filter((r) => r.municipalityId === m.id)), stage: stage?.stage ?? null, nextStage: stage?.next ?? null, recruitment: recruitedIn(m.id) };
    }),
    programmeWide: tally(wide),
    gatherings: programme.kind === 'learning_network' ? tally(counts.filter((r) => r.typeKey === 'gathering' && (scope.municipalities === 'all' || (r.municipalityId !== null && scope.municipalities.has(r.municipalityId))))) : null,
    // A contact's programme total is the sum of their own municipalities, never the whole programme.
    recruitment: scope.municipalities === 'all' ? recruitedIn(null) : (() => {
      const mine = municipalities.map((m) => recruitedIn(m.id));
      const cells = recruitment.cells.filter((c) => c.role === null && c.municipalityId !== null);
      return { target: mine.reduce((s, r) => s + r.target, 0), recruited: protect(cells.reduce((s, c) => s + (c.recruited.value ?? 0), 0)) };
    })(),
    consent: purposes.map((p) => ({ key: p.key, label: p.label[lang] || p.key, consented: protect(consented[p.key] ?? 0) })),
  };
}
