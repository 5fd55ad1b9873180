/**
 * Target areas as the staff app and reports show them: with their votes per role (small cells hidden
 * for viewers who may not see them, and always in a shareable export), touchpoints and quotes.
 */
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { mayShowSmallCells, protectCount, type ProtectedCount } from '../../lib/small-cells.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { getProgramme } from '../programmes/programmes.js';
import { listProgrammeMunicipalities } from '../programmes/municipalities.js';
import { quotesFor } from './quotes.js';
import type { RoleTally } from './schema.js';
import { listTargetAreaRows, targetAreaLinks } from './target-areas.js';
import { listTouchpoints } from './touchpoints.js';

export type ProtectedTally = Record<keyof RoleTally | 'total', ProtectedCount>;

export function protectTally(tally: RoleTally, threshold: number, mayShowSmall: boolean): ProtectedTally {
  // A null (suppressed when stored) stays suppressed; the total is then unknown too.
  const one = (n: number | null): ProtectedCount => (n === null ? { value: null, suppressed: true } : protectCount(n, threshold, mayShowSmall));
  const parts = [tally.recipient, tally.provider, tally.leader, tally.unknown];
  const total = parts.some((n) => n === null) ? null : parts.reduce<number>((s, n) => s + (n ?? 0), 0);
  return { recipient: one(tally.recipient), provider: one(tally.provider), leader: one(tally.leader), unknown: one(tally.unknown), total: one(total) };
}

export async function listTargetAreas(
  db: Executor, actor: Actor, scope: ProgrammeScope, programmeId: string, q: { municipalityId?: string | null; shareable?: boolean; ids?: string[] }, lang: Language,
) {
  const programme = await getProgramme(db, programmeId);
  const mayShowSmall = mayShowSmallCells({ roles: scope.roles, isAdmin: actor.isAdmin }, { shareable: q.shareable });
  const rows = await listTargetAreaRows(db, programmeId, scope, q.municipalityId, q.ids);
  const links = await targetAreaLinks(db, rows.map((r) => r.id));
  const tpIds = [...new Set([...links.touchpoints.values()].flat())];
  const touchpoints = new Map((await listTouchpoints(db, programmeId, { ids: tpIds })).map((tp) => [tp.id, tp]));
  const codingIds = [...new Set([...[...links.quotes.values()].flat(), ...[...touchpoints.values()].map((tp) => tp.codingId)])];
  const quotes = await quotesFor(db, programmeId, codingIds, lang, new Map([...touchpoints.values()].map((tp) => [tp.codingId, tp.role])));
  const places = new Map((await listProgrammeMunicipalities(db, programmeId, 'all')).map((m) => [m.id, m.name]));
  return {
    threshold: programme.smallCellThreshold,
    suppressing: !mayShowSmall,
    targetAreas: rows.map((r) => ({
      id: r.id, title: r.title, description: r.description, position: r.position, municipalityId: r.municipalityId,
      municipalityName: r.municipalityId ? (places.get(r.municipalityId) ?? null) : null, activityId: r.activityId,
      createdAt: r.createdAt.toISOString(),
      votes: (links.votes.get(r.id) ?? []).map((v) => ({ id: v.id, label: v.label, rank: v.rank, boardItemId: v.boardItemId, activityId: v.activityId, tally: protectTally(v.tally, programme.smallCellThreshold, mayShowSmall) })),
      touchpoints: (links.touchpoints.get(r.id) ?? []).flatMap((id) => {
        const tp = touchpoints.get(id);
        return tp ? [{ id, role: tp.role, valence: tp.valence, emotion: tp.emotion, emotionLabel: translate(lang, `codesign.emotion.${tp.emotion}`), stageKey: tp.stageKey, quote: quotes.get(tp.codingId)! }] : [];
      }),
      quotes: (links.quotes.get(r.id) ?? []).flatMap((id) => (quotes.get(id) ? [quotes.get(id)!] : [])),
    })),
  };
}
