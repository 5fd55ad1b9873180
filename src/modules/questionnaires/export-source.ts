import { and, count, eq } from 'drizzle-orm';
import type pg from 'pg';
import type { Database, Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import { participantsByIds } from '../people/participants.js';
import type { InstrumentDefinition } from './definition.js';
import type { ExportRow } from './export-columns.js';
import { instrumentVersions, responses, surveys } from './schema.js';

/** What an export needs to know about its survey. */
export interface ExportSurvey {
  id: string;
  programmeId: string;
  municipalityId: string | null;
  title: Record<string, string | undefined>;
  mode: 'anonymous' | 'linked';
  askPairingCode: boolean;
  definition: InstrumentDefinition;
}

export async function surveyForExport(db: Executor, programmeId: string, surveyId: string): Promise<ExportSurvey> {
  const [row] = await db
    .select({ s: surveys, definition: instrumentVersions.definition })
    .from(surveys)
    .innerJoin(instrumentVersions, eq(instrumentVersions.id, surveys.instrumentVersionId))
    .where(and(eq(surveys.id, surveyId), eq(surveys.programmeId, programmeId)));
  if (!row) throw notFound();
  const { s } = row;
  return { id: s.id, programmeId: s.programmeId, municipalityId: s.municipalityId, title: s.title, mode: s.mode, askPairingCode: s.askPairingCode === 'yes', definition: row.definition };
}

export async function responseCount(db: Executor, surveyId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(responses).where(eq(responses.surveyId, surveyId));
  return row?.n ?? 0;
}

interface RawRow {
  id: string;
  participant_id: string | null;
  pairing_key: string | null;
  status: string;
  language: string;
  answers: ExportRow['answers'];
  scores: ExportRow['scores'];
  started_at: Date;
  submitted_at: Date | null;
}

/**
 * The survey's responses in batches, read through one server-side cursor in a read-only, repeatable-read
 * transaction: a consistent snapshot whose memory use does not grow with the number of responses.
 * Linked mode looks up each batch's pseudonymous participant codes (never names) through the people module.
 * Stopping early (the download was cancelled) closes the cursor and gives the connection back.
 */
export async function* responseBatches(db: Database, survey: ExportSurvey, batchSize = 1000): AsyncGenerator<ExportRow[]> {
  // drizzle's node-postgres database keeps its pool as $client (not in the exported type).
  const pool = (db as unknown as { $client: pg.Pool }).$client;
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin isolation level repeatable read read only');
    await client.query(
      `declare response_export no scroll cursor for
       select id, participant_id, pairing_key, status, language, answers, scores, started_at, submitted_at
       from responses where survey_id = ${client.escapeLiteral(survey.id)} order by started_at, id`,
    );
    for (;;) {
      const { rows } = await client.query<RawRow>(`fetch forward ${batchSize} from response_export`);
      if (rows.length === 0) break;
      const codes = new Map<string, string>();
      if (survey.mode === 'linked') {
        const ids = [...new Set(rows.map((r) => r.participant_id).filter((id): id is string => id !== null))];
        for (const p of await participantsByIds(db, survey.programmeId, ids)) codes.set(p.id, p.code);
      }
      yield rows.map((r) => ({
        id: r.id,
        participantCode: r.participant_id ? (codes.get(r.participant_id) ?? null) : null,
        pairingKey: r.pairing_key,
        status: r.status,
        language: r.language,
        answers: r.answers ?? {},
        scores: r.scores,
        startedAt: r.started_at,
        submittedAt: r.submitted_at,
      }));
    }
    await client.query('commit');
  } catch (err) {
    broken = err as Error;
    throw err;
  } finally {
    // An early stop leaves the transaction open: roll it back before the connection goes back to the pool.
    if (!broken) await client.query('rollback').catch(() => {});
    client.release(broken);
  }
}
