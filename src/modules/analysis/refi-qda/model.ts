/**
 * The part of a REFI-QDA project Varde reads and writes, independent of XML and of the database.
 * Export: database → model → XML; import: XML → model → database. All positions are half-open
 * `[start, end)` in Unicode code points, which is both what REFI-QDA §10.2 counts and what we store.
 */
export interface RefiUser {
  guid: string;
  name: string | null;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** `#RRGGBB` or `#RGB`, or null when unknown. */
  color: string | null;
  /** false for a theme or folder: a code that groups codes. */
  isCodable: boolean;
  description: string;
  noteGuids: string[];
  children: RefiCode[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  /** ISO date-time. */
  created: string | null;
  noteGuids: string[];
}

export interface RefiSelection {
  guid: string;
  start: number;
  end: number;
  creatingUser: string | null;
  created: string | null;
  codings: RefiCoding[];
}

export interface RefiVariable {
  guid: string;
  name: string;
}

export interface RefiSource {
  guid: string;
  name: string;
  text: string;
  creatingUser: string | null;
  created: string | null;
  selections: RefiSelection[];
  noteGuids: string[];
  /** Text values of variables (our document attributes), by variable GUID. */
  values: { variableGuid: string; value: string }[];
}

export interface RefiNote {
  guid: string;
  name: string | null;
  /** Varde writes `personSummaryMarker` here for a per-person summary; other tools' notes leave it empty. */
  description: string | null;
  text: string;
  creatingUser: string | null;
  created: string | null;
}

export interface RefiCase {
  guid: string;
  name: string;
  sourceGuids: string[];
}

export interface RefiProject {
  name: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiNote[];
}

export const personSummaryMarker = 'Varde: person summary';

/** Path of a text source's plain text inside the .qdpx. */
export const sourceFileName = (guid: string) => `${guid}.txt`;
