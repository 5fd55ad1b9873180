/**
 * Quotes as co-design shows them (emotional map, trigger material, golden thread): the segment's
 * pseudonymised words made anonymous for showing to a room or a report (analysis/quotes.ts rules:
 * no participant codes, no municipality names) with an attribution by role and source.
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { translate, type Language } from '../../i18n/index.js';
import { anonymiseQuoteText } from '../analysis/quotes.js';
import { municipalityNames } from '../analysis/segment-filters.js';
import { codings, documents } from '../analysis/schema.js';

export interface Quote {
  codingId: string;
  text: string;
  attribution: string;
}

function sourceKey(activityType: string | null, kind: string): string {
  if (activityType && ['interview', 'focus_group', 'feedback_meeting', 'codesign_workshop'].includes(activityType)) return activityType;
  if (kind === 'interview_transcript') return 'interview';
  if (kind === 'focus_group_transcript' || kind === 'focus_group_summary') return 'focus_group';
  return 'other';
}

export function attribution(lang: Language, role: string | null, activityType: string | null, kind: string): string {
  const r = role && ['recipient', 'provider', 'leader'].includes(role) ? role : 'unknown';
  return `(${translate(lang, `analysis.quoteRole.${r}`)}, ${translate(lang, `analysis.quoteSource.${sourceKey(activityType, kind)}`)})`;
}

/** Anonymised quotes for codings of the programme, keyed by coding id; `roles` gives the speaker's role when known. */
export async function quotesFor(db: Executor, programmeId: string, codingIds: string[], lang: Language, roles: Map<string, string> = new Map()): Promise<Map<string, Quote>> {
  if (codingIds.length === 0) return new Map();
  const rows = await db
    .select({
      id: codings.id, kind: documents.kind, activityType: documents.activityType, attributes: documents.attributes,
      text: sql<string>`coalesce(${codings.text}, substring(${documents.text} from ${codings.start} + 1 for ${codings.end} - ${codings.start}))`,
    })
    .from(codings)
    .innerJoin(documents, eq(documents.id, codings.documentId))
    .where(and(eq(documents.programmeId, programmeId), inArray(codings.id, [...new Set(codingIds)])));
  const places = [...(await municipalityNames(db, programmeId)).values()];
  return new Map(rows.map((r) => [r.id, {
    codingId: r.id,
    text: anonymiseQuoteText(r.text, places),
    attribution: attribution(lang, roles.get(r.id) ?? r.attributes.role ?? null, r.activityType, r.kind),
  }]));
}
