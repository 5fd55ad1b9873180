import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { surveyTestApp } from '../../../test/support/survey-fixture.js';
import { activities } from '../activities/schema.js';
import { ensureProgrammeTypes } from '../activities/types.js';
import { sampleDefinition } from '../questionnaires/fixtures.js';
import { instrumentVersions } from '../questionnaires/schema.js';
import { loadPrePostInput } from './service.js';

const { t, w } = await surveyTestApp();
const db = t.database.db;

describe('surveys belong to a course', () => {
  it('a pre/post pair is tied to a training course; only a course is accepted', async () => {
    await ensureProgrammeTypes(db, w.programme.id);
    const [course] = await db.insert(activities).values({ programmeId: w.programme.id, municipalityId: w.municipality.id, typeKey: 'training_course', title: 'Kurs vår', durationMinutes: 360, mode: 'physical', isPilot: true }).returning();
    const [meeting] = await db.insert(activities).values({ programmeId: w.programme.id, municipalityId: w.municipality.id, typeKey: 'work_meeting', title: 'Arbeidsmøte', durationMinutes: 60, mode: 'physical' }).returning();
    const versionId = await w.publishedVersion(sampleDefinition());
    const refused = await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'linked', waves: ['pre', 'post'], activityId: meeting.id });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).not.toContain('surveyCourse.');
    const made = await w.api('POST', '/surveys', { instrumentVersionId: versionId, mode: 'linked', waves: ['pre', 'post'], activityId: course.id });
    expect(made.status).toBe(201);
    // The survey takes the course's municipality.
    expect(made.body.surveys.map((s: { activityId: string; municipalityId: string }) => [s.activityId, s.municipalityId])).toEqual([[course.id, w.municipality.id], [course.id, w.municipality.id]]);
    // Opened but unanswered: the results do not change (no course row) until it has data.
    for (const s of made.body.surveys) await w.api('POST', `/surveys/${s.id}/open`);
    const [{ instrumentId }] = await db.select({ instrumentId: instrumentVersions.instrumentId }).from(instrumentVersions).where(eq(instrumentVersions.id, versionId));
    const input = await loadPrePostInput(db, w.programme.id, instrumentId, 'all');
    expect(input.courses).toEqual([]);
  });
});
