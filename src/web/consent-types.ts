export type Labels = { nb: string; nn: string; en: string };
export type WithdrawalChoice = 'erase' | 'anonymise' | 'participant_chooses';
export interface ConsentPurpose { id: string; key: string; label: Labels }
export interface InformationLetter {
  id: string; language: 'nb' | 'nn' | 'en'; version: number; title: string; body: string; html: string;
  purposeKeys: string[]; withdrawalChoice: WithdrawalChoice; publishedAt: string | null; createdAt: string;
}
export interface ConsentStatus {
  code: string;
  withdrawalChoice: WithdrawalChoice;
  purposes: { key: string; label: Labels; answer: 'granted' | 'refused' | 'none'; method: string | null; recordedAt: string | null; signedOn: string | null }[];
  history: { id: string; purposeKey: string; granted: boolean; method: string; signedOn: string | null; recordedAt: string; withdrawnAt: string | null; scanFileName: string | null; hasScan: boolean }[];
}
export interface Agreement { id: string; partner: string; signedOn: string; documentName: string | null; createdAt: string }
export interface RetentionRule { id: string; dataKind: string; action: 'delete' | 'anonymise'; deleteBy: string; warnedAt: string | null; executedAt: string | null; outcome: unknown }

/** Sends a file as the raw body (PUT …/scan or …/document); the CSRF token as for any change. */
export async function uploadFile(path: string, file: File, csrfToken: string | null): Promise<void> {
  const res = await fetch(`/api/v1${path}?name=${encodeURIComponent(file.name.slice(0, 200))}`, {
    method: 'PUT', body: file, credentials: 'same-origin',
    headers: { 'Content-Type': file.type || 'application/octet-stream', ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}) },
  });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new Error(problem.detail ?? res.statusText);
  }
}
