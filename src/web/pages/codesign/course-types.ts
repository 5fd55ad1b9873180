// The course, document and co-design group shapes as the API sends them (course-dto.ts, documents/dto.ts).
export type DocumentStatus = 'draft' | 'in_review' | 'approved';

export interface DocumentSummary { id: string; title: string; form: 'written' | 'upload'; status: DocumentStatus; versions: number; updatedAt: string }

export interface Course {
  targetAreas: { id: string; title: string; municipalityId: string | null }[];
  valuesDocument: DocumentSummary | null;
  modules: { id: string; title: string; aims: string; position: number; targetAreas: { id: string; title: string }[]; materials: DocumentSummary[] }[];
}

export interface CourseHolder { id: string; municipalityId: string; kind: 'participant' | 'staff'; who: string; trainedOn: string | null }

export interface AuthoredDocument {
  id: string; programmeId: string; ownerKind: string; ownerId: string | null; title: string; form: 'written' | 'upload'; status: DocumentStatus; createdBy: string | null;
  lock: { heldBy: { userId: string; name: string } | null; since: string | null; expiresAt: string | null; mine: boolean };
  may: { write: boolean; decide: boolean; takeOver: boolean };
  versions: { id: string; number: number; label: string; note: string; body: string; fileName: string | null; fileType: string | null; author: string; createdAt: string }[];
  comments: { id: string; versionId: string; passage: string; body: string; author: string; participantCode: string | null; resolved: boolean; createdAt: string }[];
  suggestions: { id: string; versionId: string; kind: 'insert' | 'delete' | 'replace'; passage: string; text: string; author: string; participantCode: string | null; state: 'open' | 'accepted' | 'rejected'; decidedBy: string | null; createdAt: string }[];
  history: { from: DocumentStatus; to: DocumentStatus; versionNumber: number; by: string; note: string; at: string }[];
}

export interface CodesignGroup {
  id: string; groupId: string; name: string; targetArea: { id: string; title: string };
  members: { id: string; kind: 'staff' | 'participant'; role: string }[];
  workshops: {
    activity: { id: string; title: string; startsAt: string | null; status: string; municipalityId: string | null };
    items: { id: string; kind: 'idea' | 'storyboard_step' | 'board_photo'; position: number; text: string; hasPhoto: boolean; credit: { code: string; role: string; name: string | null } | null }[];
    decisions: { id: string; kind: string; text: string; owner: string; dueOn: string | null; closed: boolean }[];
  }[];
}
