import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { conflict, invalidField, notFound } from '../../lib/errors.js';
import type { Actor, ProgrammeScope } from '../access/actor.js';
import { recordAudit } from '../audit/record.js';
import { getActivity } from '../activities/activities.js';
import { getProgrammeMunicipality } from '../programmes/municipalities.js';
import type { LocalText } from './definition.js';
import { getVersion } from './instruments.js';
import { onlyContact } from './policy.js';
import { responses, surveys, type SurveyMode, type SurveyWave } from './schema.js';

export type Survey = typeof surveys.$inferSelect;

export interface SurveyInput {
  instrumentVersionId: string;
  title?: string | LocalText;
  municipalityId?: string | null;
  mode: SurveyMode;
  display?: 'one_per_screen' | 'whole';
  /** One survey (`wave`, default single) or, with `waves: ['pre', 'post']`, a pre/post pair sharing a new wave group. */
  wave?: SurveyWave;
  waves?: ('pre' | 'post')[];
  waveGroupId?: string;
  activityId?: string | null;
  askPairingCode?: boolean;
  opensAt?: string | null;
  closesAt?: string | null;
  reminderHoursBeforeClose?: number | null;
}

export type SurveyPatch = Partial<Pick<SurveyInput, 'title' | 'display' | 'opensAt' | 'closesAt' | 'reminderHoursBeforeClose' | 'askPairingCode' | 'mode'>>;

const toDate = (v: string | null | undefined) => (v ? new Date(v) : null);

function assertWindow(opensAt: Date | null, closesAt: Date | null) {
  if (opensAt && closesAt && closesAt <= opensAt) throw invalidField('closesAt', 'errors.questionnaireWindowOrder');
}

/** Creates one survey, or a pre and a post survey sharing a wave group (they pair by the self-generated code). */
export async function createSurveys(db: Executor, actor: Actor, programmeId: string, input: SurveyInput, requestId?: string): Promise<Survey[]> {
  if (input.activityId) input = { ...input, municipalityId: await courseMunicipality(db, programmeId, input.activityId, input.municipalityId) };
  if (input.municipalityId) await getProgrammeMunicipality(db, programmeId, input.municipalityId);
  const version = await getVersion(db, programmeId, input.instrumentVersionId);
  if (version.status !== 'published') throw invalidField('instrumentVersionId', 'errors.questionnaireNotPublished');
  const opensAt = toDate(input.opensAt);
  const closesAt = toDate(input.closesAt);
  assertWindow(opensAt, closesAt);
  const waves: SurveyWave[] = input.waves?.length ? [...new Set(input.waves)] : [input.wave ?? 'single'];
  if (waves.length > 1 && waves.includes('single')) throw invalidField('waves', 'errors.questionnaireWaves');
  const paired = waves.some((w) => w !== 'single');
  if (input.waveGroupId) await assertWaveGroup(db, programmeId, input.waveGroupId, waves);
  const waveGroupId = paired ? (input.waveGroupId ?? randomUUID()) : null;
  const base = typeof input.title === 'string' ? { [actor.language]: input.title } : (input.title ?? version.definition.title);
  // Anonymous pre/post pairs by the self-generated code, so it is asked unless said otherwise.
  const askPairingCode = input.askPairingCode ?? (paired && input.mode === 'anonymous');
  const created: Survey[] = [];
  for (const wave of waves) {
    const [row] = await db
      .insert(surveys)
      .values({
        programmeId, municipalityId: input.municipalityId ?? null, instrumentVersionId: version.id, title: base, mode: input.mode,
        display: input.display ?? 'one_per_screen', wave, waveGroupId, activityId: input.activityId ?? null,
        askPairingCode: askPairingCode ? 'yes' : 'no', opensAt, closesAt, reminderHoursBeforeClose: input.reminderHoursBeforeClose ?? null, createdBy: actor.userId,
      })
      .returning();
    await recordAudit(db, { actorId: actor.userId, action: 'survey.create', entity: 'survey', entityId: row.id, programmeId, after: { wave, mode: row.mode, waveGroupId, instrumentVersionId: version.id, municipalityId: row.municipalityId }, requestId });
    created.push(row);
  }
  return created;
}

/**
 * A survey tied to a course belongs to a training course activity of the programme (whose pilot flag
 * orders the results); it takes the course's municipality unless one was given, which must match.
 */
async function courseMunicipality(db: Executor, programmeId: string, activityId: string, given: string | null | undefined): Promise<string | null> {
  const course = await getActivity(db, programmeId, activityId).catch(() => null);
  if (!course || course.typeKey !== 'training_course') throw invalidField('activityId', 'surveyCourse.errors.notCourse');
  if (given && course.municipalityId && given !== course.municipalityId) throw invalidField('municipalityId', 'surveyCourse.errors.otherMunicipality');
  return given ?? course.municipalityId;
}

/** Adding a wave to an existing group: the group must be the programme's, and not already hold that wave. */
async function assertWaveGroup(db: Executor, programmeId: string, waveGroupId: string, waves: SurveyWave[]) {
  const existing = await db.select({ wave: surveys.wave }).from(surveys).where(and(eq(surveys.programmeId, programmeId), eq(surveys.waveGroupId, waveGroupId)));
  if (existing.length === 0) throw invalidField('waveGroupId', 'errors.notFound');
  if (existing.some((e) => waves.includes(e.wave))) throw conflict('errors.questionnaireWaveTaken');
}

/** The programme's surveys the caller may see (a municipal contact: their municipalities' only). */
export async function listSurveys(db: Executor, programmeId: string, scope: ProgrammeScope, filter: { waveGroupId?: string } = {}) {
  const where: SQL[] = [eq(surveys.programmeId, programmeId)];
  if (filter.waveGroupId) where.push(eq(surveys.waveGroupId, filter.waveGroupId));
  if (onlyContact(scope)) {
    const mine = [...scope.contactMunicipalities];
    if (mine.length === 0) return [];
    where.push(inArray(surveys.municipalityId, mine));
  }
  return db.select().from(surveys).where(and(...where)).orderBy(desc(surveys.createdAt));
}

export async function getSurvey(db: Executor, programmeId: string, surveyId: string): Promise<Survey> {
  const [row] = await db.select().from(surveys).where(and(eq(surveys.id, surveyId), eq(surveys.programmeId, programmeId)));
  if (!row) throw notFound();
  return row;
}

/** The survey's municipality, for the policy (null = programme-wide). 404 for an unknown or another programme's survey. */
export async function surveyMunicipality(db: Executor, programmeId: string, surveyId: string): Promise<string | null> {
  return (await getSurvey(db, programmeId, surveyId)).municipalityId;
}

async function hasResponses(db: Executor, surveyId: string): Promise<boolean> {
  const [row] = await db.select({ id: responses.id }).from(responses).where(eq(responses.surveyId, surveyId)).limit(1);
  return Boolean(row);
}

export async function updateSurvey(db: Executor, actor: Actor, programmeId: string, surveyId: string, patch: SurveyPatch, requestId?: string): Promise<Survey> {
  const survey = await getSurvey(db, programmeId, surveyId);
  // What decides what a response means (anonymity, the pairing code) is fixed once someone has answered.
  if ((patch.mode !== undefined && patch.mode !== survey.mode) || (patch.askPairingCode !== undefined && patch.askPairingCode !== (survey.askPairingCode === 'yes')))
    if (await hasResponses(db, surveyId)) throw conflict('errors.questionnaireHasResponses');
  const set: Partial<typeof surveys.$inferInsert> = {};
  if (patch.title !== undefined) set.title = typeof patch.title === 'string' ? { ...survey.title, [actor.language]: patch.title } : patch.title;
  if (patch.display) set.display = patch.display;
  if (patch.mode) set.mode = patch.mode;
  if (patch.askPairingCode !== undefined) set.askPairingCode = patch.askPairingCode ? 'yes' : 'no';
  if (patch.opensAt !== undefined) set.opensAt = toDate(patch.opensAt);
  if (patch.closesAt !== undefined) set.closesAt = toDate(patch.closesAt);
  if (patch.reminderHoursBeforeClose !== undefined) set.reminderHoursBeforeClose = patch.reminderHoursBeforeClose;
  assertWindow(set.opensAt !== undefined ? set.opensAt : survey.opensAt, set.closesAt !== undefined ? set.closesAt : survey.closesAt);
  if (Object.keys(set).length === 0) return survey;
  const [updated] = await db.update(surveys).set(set).where(eq(surveys.id, surveyId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: 'survey.update', entity: 'survey', entityId: surveyId, programmeId, after: { fields: Object.keys(set) }, requestId });
  return updated;
}

export async function setSurveyStatus(db: Executor, actor: Actor, programmeId: string, surveyId: string, status: 'open' | 'closed', requestId?: string): Promise<Survey> {
  const survey = await getSurvey(db, programmeId, surveyId);
  if (survey.status === status) return survey;
  const [updated] = await db.update(surveys).set({ status }).where(eq(surveys.id, surveyId)).returning();
  await recordAudit(db, { actorId: actor.userId, action: status === 'open' ? 'survey.open' : 'survey.close', entity: 'survey', entityId: surveyId, programmeId, before: { status: survey.status }, after: { status }, requestId });
  return updated;
}

/** Open, and inside its window: a respondent may answer. */
export function isAnswerable(survey: Survey, now = new Date()): boolean {
  return survey.status === 'open' && (!survey.opensAt || survey.opensAt <= now) && (!survey.closesAt || survey.closesAt > now);
}
