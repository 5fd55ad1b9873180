import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import { pairPrePostResponses, type PairableResponse, type PairingResult } from './pairing.js';
import { responses, surveys } from './schema.js';

type Scores = Record<string, number | null>;
interface Row { surveyId: string; scores: Scores }

/**
 * The complete responses of a wave group's pre and post surveys, paired: by participant in linked
 * mode, by the keyed hash of the self-generated code in anonymous mode.
 */
async function pairGroup(db: Executor, programmeId: string, waveGroupId: string) {
  const group = await db.select().from(surveys).where(and(eq(surveys.programmeId, programmeId), eq(surveys.waveGroupId, waveGroupId)));
  if (group.length === 0) throw notFound();
  const pre = group.filter((s) => s.wave === 'pre');
  const post = group.filter((s) => s.wave === 'post');
  const rows = await db
    .select({ id: responses.id, surveyId: responses.surveyId, participantId: responses.participantId, pairingKey: responses.pairingKey, scores: responses.scores })
    .from(responses)
    .where(and(inArray(responses.surveyId, group.map((s) => s.id)), eq(responses.status, 'complete')));
  const modeOf = new Map(group.map((s) => [s.id, s.mode]));
  const toPairable = (r: (typeof rows)[number]): PairableResponse<Row> => ({
    id: r.id,
    key: modeOf.get(r.surveyId) === 'linked' ? r.participantId : r.pairingKey,
    data: { surveyId: r.surveyId, scores: r.scores ?? {} },
  });
  const inWave = (ids: string[]) => rows.filter((r) => ids.includes(r.surveyId)).map(toPairable);
  const result = pairPrePostResponses(inWave(pre.map((s) => s.id)), inWave(post.map((s) => s.id)));
  return { group, pre, post, result };
}

/** What the coordinator's pairing view shows: counts only (never the keys). */
export async function pairingSummary(db: Executor, programmeId: string, waveGroupId: string) {
  const { group, pre, post, result } = await pairGroup(db, programmeId, waveGroupId);
  return {
    waveGroupId,
    surveys: group.map((s) => ({ id: s.id, wave: s.wave, mode: s.mode, title: s.title, municipalityId: s.municipalityId })),
    preResponses: countComplete(result, 'pre'),
    postResponses: countComplete(result, 'post'),
    matched: result.matched.length,
    unmatchedPre: result.unmatchedPre.length,
    unmatchedPost: result.unmatchedPost.length,
    unmatched: result.unmatchedPre.length + result.unmatchedPost.length,
    ambiguous: result.ambiguous.length,
    ambiguousResponses: result.ambiguous.reduce((n, a) => n + a.pre + a.post, 0),
    withoutKey: result.withoutKey,
    hasPre: pre.length > 0,
    hasPost: post.length > 0,
  };
}

function countComplete(r: PairingResult, wave: 'pre' | 'post') {
  const side = wave === 'pre' ? r.unmatchedPre.length + r.withoutKey.pre : r.unmatchedPost.length + r.withoutKey.post;
  return r.matched.length + side + r.ambiguous.reduce((n, a) => n + a[wave], 0);
}

/**
 * For the pre/post analysis (issue 6): the matched pairs of stored scores of a wave group, per
 * municipality (the survey's; null for a programme-wide survey). Ambiguous and unmatched responses are left out.
 * No authorisation here: the caller checks `surveys.results` first.
 */
export async function matchedScorePairs(
  db: Executor,
  programmeId: string,
  waveGroupId: string,
): Promise<{ municipalityId: string | null; pairs: { pre: Scores; post: Scores }[] }[]> {
  const { group, result } = await pairGroup(db, programmeId, waveGroupId);
  const municipalityOf = new Map(group.map((s) => [s.id, s.municipalityId]));
  const out = new Map<string | null, { pre: Scores; post: Scores }[]>();
  for (const m of result.matched) {
    const municipalityId = municipalityOf.get(m.pre.data!.surveyId) ?? null;
    out.set(municipalityId, [...(out.get(municipalityId) ?? []), { pre: m.pre.data!.scores, post: m.post.data!.scores }]);
  }
  return [...out.entries()].map(([municipalityId, pairs]) => ({ municipalityId, pairs }));
}
