/** What the report routes answer (src/modules/reports/report-routes.ts). */
export interface ReportSectionRow { id: string; kind: string; questionId: string | null; documentId: string; title: string; status: 'draft' | 'in_review' | 'approved'; version: number }
export interface ReportExportRow { id: string; format: 'docx' | 'pdf'; status: 'queued' | 'running' | 'done' | 'failed'; progress: number; fileName: string | null; errorKey: string | null; createdAt: string }
export interface ReportView { exists: boolean; language: 'nb' | 'nn' | 'en' | null; sections: ReportSectionRow[]; exports: ReportExportRow[] }

export type PreviewRun = { text: string; bold?: boolean; italic?: boolean };
export type PreviewBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; runs: PreviewRun[] }
  | { kind: 'list'; ordered: boolean; items: PreviewRun[][] }
  | { kind: 'table'; label: string; title: string; header: string[]; rows: string[][]; note: string | null }
  | { kind: 'chart'; label: string; title: string; description: string; svg: string };
export interface ReportPreview {
  tables: { number: number; title: string }[];
  figures: { number: number; title: string }[];
  sections: { id: string; parts: Record<string, PreviewBlock[]> }[];
}
export interface QuoteCandidate { codingId: string; text: string; attribution: string; picked: boolean }
export interface SummaryView {
  published: boolean; url: string | null; text: { nb: string; nn: string; en: string };
  figures: { threshold: number; municipalities: number; activitiesHeld: number; documents: number; participants: { role: string; count: { value: number | null; suppressed: boolean } }[]; themes: string[]; targetAreas: string[] };
}
