/** API shapes of the analysis endpoints (see src/modules/analysis/dto.ts, retrieval.ts, overviews.ts, search.ts, agreement-ops.ts). */
export const documentKinds = [
  'interview_transcript', 'meeting_transcript', 'focus_group_transcript', 'focus_group_summary', 'minutes',
  'group_work_notes', 'values_document', 'survey_free_text', 'other',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

export interface Turn {
  speaker: string | null;
  start: number;
  end: number;
  startTime?: number;
  endTime?: number;
}

export interface DocumentSummary {
  id: string;
  title: string;
  kind: DocumentKind;
  municipalityId: string | null;
  activityType: string | null;
  attributes: Record<string, string>;
  sourceFormat: string;
  participantIds: string[];
  /** Code points of the working text. */
  length: number;
  hasOriginal: boolean;
  pendingSuggestions: number;
  createdAt: string;
}

export interface AnalysisDocument extends Omit<DocumentSummary, 'pendingSuggestions'> {
  text: string;
  turns: Turn[];
}

export interface ImportResult extends AnalysisDocument {
  replaced: number;
  suggestions: number;
}

export interface NameSuggestion {
  id: string;
  start: number;
  end: number;
  word: string;
  status: 'pending' | 'confirmed' | 'dismissed';
}

export interface Code {
  id: string;
  parentId: string | null;
  name: string;
  description: string;
  color: string;
  isTheme: boolean;
  position: number;
  codingCount?: number;
}

export interface Coding {
  id: string;
  documentId: string;
  codeId: string;
  coderId: string | null;
  start: number;
  end: number;
}

export interface Memo {
  id: string;
  targetKind: 'document' | 'code' | 'coding' | 'person_summary' | 'programme';
  targetId: string;
  subject: string | null;
  text: string;
  updatedAt: string;
}

export interface Segment {
  codingId: string;
  codeId: string;
  codeName: string;
  documentId: string;
  documentTitle: string;
  documentKind: string;
  municipalityName: string | null;
  roles: string[];
  activityType: string | null;
  coderId: string | null;
  coderName: string | null;
  start: number;
  end: number;
  text: string;
}

export interface Quote {
  codingId: string;
  quote: string;
}

export interface SearchHit {
  documentId: string;
  title: string;
  kind: string;
  rank: number;
  parts: { text: string; mark: boolean }[];
}

export interface Matrix {
  columns: { id: string; label: string }[];
  rows: { codeId: string; name: string; isTheme: boolean; cells: Record<string, { segments: number; documents: number }>; total: { segments: number; documents: number } }[];
}

export interface Cooccurrence {
  codeA: { id: string; name: string };
  codeB: { id: string; name: string };
  segments: number;
  documents: number;
}

export type Statistic = { ok: true; value: number } | { ok: false; messageKey: string };
export type AgreementResult =
  | { ok: true; units: number; percentAgreement: number; cohensKappa: Statistic; krippendorffAlpha: Statistic }
  | { ok: false; messageKey: string };

export interface AgreementReport {
  coderA: string;
  coderB: string;
  units: number;
  documents: { id: string; title: string; length: number }[];
  perCode: { codeId: string; name: string; result: AgreementResult }[];
  overall: AgreementResult;
  byTheme: { themeId: string; name: string; values: { key: string; name: string | null }[]; units: number; percentAgreement: Statistic; cohensKappa: Statistic; krippendorffAlpha: Statistic }[];
  disagreementsHidden: boolean;
  disagreements: { documentId: string; codeId: string; coder: 'A' | 'B'; start: number; end: number; text?: string }[];
}

/** The codebook as a tree, in order: each code with its depth, for lists and selects. */
export function codeTree(codes: Code[]): { code: Code; depth: number }[] {
  const children = new Map<string | null, Code[]>();
  for (const c of codes) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  const known = new Set(codes.map((c) => c.id));
  const out: { code: Code; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of (children.get(parent) ?? []).sort((a, b) => a.position - b.position || a.name.localeCompare(b.name))) {
      out.push({ code: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  // Codes whose parent is missing (should not happen) still show, at the top level.
  for (const c of codes) if (c.parentId && !known.has(c.parentId)) out.push({ code: c, depth: 0 });
  return out;
}
