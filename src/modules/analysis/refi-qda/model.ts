/**
 * The part of a REFI-QDA project Varde reads and writes, independent of XML and of the database.
 * Export: database → model → XML; import: XML → model → database. Positions in the model are
 * half-open `[start, end)` in Unicode code points, which is what REFI-QDA §10.2 counts and what we
 * store; a file written by a tool that counts otherwise is converted on the way (positions.ts).
 */
export interface RefiUser {
  guid: string;
  name: string | null;
  /** The User's `id` attribute: a login or e-mail in some tools. */
  id?: string | null;
}

export interface RefiCode {
  guid: string;
  name: string;
  /** `#RRGGBB` or `#RGB`, or null when the code has none (it stays without one on export). */
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
  /** The selection's `name` (ATLAS.ti and MAXQDA put the quoted text there). */
  name?: string | null;
  /** A comment on the selection itself (ATLAS.ti quotation comments, MAXQDA coding comments). */
  description?: string | null;
  /** Notes on the selection itself (NoteRef children, or Links from a note to it). */
  noteGuids?: string[];
  /** A coding of the whole source (`Coding` directly under TextSource): its end is the text's length. */
  whole?: boolean;
  creatingUser: string | null;
  created: string | null;
  codings: RefiCoding[];
}

export interface RefiVariable {
  guid: string;
  name: string;
}

export interface RefiValue {
  variableGuid: string;
  value: string;
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
  values: RefiValue[];
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
  /** Case variables (Age, Consented …): given to each of the case's documents as attributes. */
  values?: RefiValue[];
}

export interface RefiProject {
  name: string;
  /** The `origin` attribute: which tool wrote the file (it decides how positions are counted). */
  origin?: string | null;
  /** Notes on the project itself (Project/NoteRef, or notes nothing refers to). */
  noteGuids?: string[];
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
