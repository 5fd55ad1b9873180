import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { getParticipant } from '../people/personal-data.js';
import type { Answers, InstrumentDefinition } from './definition.js';
import { computeCalculated } from './calc/compute.js';
import { visibleAnswers } from './logic.js';
import { resumeHashForInvitation, tokenHash } from './keys.js';
import { scoreResponse } from './scoring.js';
import { instrumentVersions, responses, surveyInvitations, surveys } from './schema.js';
import type { Survey } from './surveys.js';

/**
 * The respondent's side, without an account: a personal link (an invitation) or the survey's public
 * link. What ties a response to its respondent is only the resume token they hold (the link, or an
 * HttpOnly cookie); in anonymous mode nothing else ties it to a person.
 */
export type Response = typeof responses.$inferSelect;

export interface Entry {
  survey: Survey;
  definition: InstrumentDefinition;
  /** Set for a personal link. */
  invitation: { id: string; participantId: string } | null;
  /** Language the person chose when registered (personal link only). */
  personLanguage: string | null;
  /** The hash to find and store the response under; null until a public-link respondent has a cookie. */
  resumeHash: string | null;
  response: Response | null;
}

/** Published versions never change, so their definitions are kept in memory once read (bounded). */
const definitions = new Map<string, InstrumentDefinition>();
async function definitionOf(db: Executor, versionId: string): Promise<InstrumentDefinition> {
  const cached = definitions.get(versionId);
  if (cached) return cached;
  const [v] = await db.select({ definition: instrumentVersions.definition, status: instrumentVersions.status }).from(instrumentVersions).where(eq(instrumentVersions.id, versionId));
  if (v.status === 'published') {
    if (definitions.size >= 200) definitions.delete(definitions.keys().next().value!);
    definitions.set(versionId, v.definition);
  }
  return v.definition;
}

async function responseBy(db: Executor, surveyId: string, resumeHash: string | null): Promise<Response | null> {
  if (!resumeHash) return null;
  const [r] = await db.select().from(responses).where(and(eq(responses.resumeTokenHash, resumeHash), eq(responses.surveyId, surveyId)));
  return r ?? null;
}

const plausible = (token: string) => token.length >= 16 && token.length <= 100 && /^[A-Za-z0-9_-]+$/.test(token);

/** The entry behind a personal link, or null for an unknown token. */
export async function entryByInvitation(db: Executor, token: string): Promise<Entry | null> {
  if (!plausible(token)) return null;
  const [row] = await db
    .select({ invitation: surveyInvitations, survey: surveys })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .where(eq(surveyInvitations.tokenHash, tokenHash(token)));
  if (!row) return null;
  const resumeHash = resumeHashForInvitation(token);
  const person = await getParticipant(db, row.survey.programmeId, row.invitation.participantId);
  return {
    survey: row.survey,
    definition: await definitionOf(db, row.survey.instrumentVersionId),
    invitation: { id: row.invitation.id, participantId: row.invitation.participantId },
    personLanguage: person?.language ?? null,
    resumeHash,
    response: await responseBy(db, row.survey.id, resumeHash),
  };
}

/** The entry behind a public link / QR code; `cookieOf(surveyId)` gives the respondent's resume cookie, if any. */
export async function entryByPublicToken(db: Executor, publicToken: string, cookieOf: (surveyId: string) => string | undefined): Promise<Entry | null> {
  if (!plausible(publicToken)) return null;
  const [survey] = await db.select().from(surveys).where(eq(surveys.publicTokenHash, tokenHash(publicToken)));
  if (!survey) return null;
  const cookieToken = cookieOf(survey.id);
  const resumeHash = cookieToken && plausible(cookieToken) ? tokenHash(cookieToken) : null;
  return { survey, definition: await definitionOf(db, survey.instrumentVersionId), invitation: null, personLanguage: null, resumeHash, response: await responseBy(db, survey.id, resumeHash) };
}

export interface Progress {
  answers?: Answers;
  position: number;
  language: string;
  pairingKey?: string;
}

/**
 * Saves a step. The response row is made on the first post that has something to keep (a GET never
 * writes). Linked mode keeps the participant; anonymous never does.
 */
export async function saveProgress(db: Executor, entry: Entry, resumeHash: string, change: Progress): Promise<void> {
  if (entry.response) {
    const [updated] = await db
      .update(responses)
      .set({ ...change, updatedAt: new Date() })
      .where(and(eq(responses.id, entry.response.id), eq(responses.status, 'in_progress')))
      .returning();
    if (updated) entry.response = updated;
    return;
  }
  const participantId = entry.survey.mode === 'linked' && entry.invitation ? entry.invitation.participantId : null;
  const [created] = await db
    .insert(responses)
    .values({ surveyId: entry.survey.id, instrumentVersionId: entry.survey.instrumentVersionId, participantId, resumeTokenHash: resumeHash, ...change })
    .returning();
  entry.response = created;
}

/**
 * Completes the response: only the answers to items shown are kept, scores are computed by the server
 * and stored beside them, and the invitation (if any) records that the person answered — nothing more.
 * A whole form sent in one post is stored complete at once.
 */
export async function completeResponse(db: Executor, entry: Entry, resumeHash: string, answers: Answers, language: string): Promise<Response> {
  const kept = computeCalculated(entry.definition, visibleAnswers(entry.definition, answers));
  const now = new Date();
  const done = { answers: kept, scores: scoreResponse(entry.definition, kept), status: 'complete' as const, submittedAt: now, updatedAt: now, language };
  if (entry.response) {
    const [updated] = await db.update(responses).set(done).where(and(eq(responses.id, entry.response.id), eq(responses.status, 'in_progress'))).returning();
    entry.response = updated ?? entry.response;
  } else {
    const participantId = entry.survey.mode === 'linked' && entry.invitation ? entry.invitation.participantId : null;
    [entry.response] = await db.insert(responses).values({ surveyId: entry.survey.id, instrumentVersionId: entry.survey.instrumentVersionId, participantId, resumeTokenHash: resumeHash, ...done }).returning();
  }
  // Anonymous: the invitation keeps the day only, so its time cannot be matched with the response's submittedAt.
  const completedAt = entry.survey.mode === 'anonymous' ? new Date(`${now.toISOString().slice(0, 10)}T00:00:00Z`) : now;
  if (entry.invitation) await db.update(surveyInvitations).set({ completedAt }).where(eq(surveyInvitations.id, entry.invitation.id));
  return entry.response;
}
