import i18n from './i18n.js';

/** A field-level problem from the API: `path` is the field name (e.g. 'endsOn'), `message` already translated. */
export interface FieldProblem {
  path: string;
  message: string;
}

/** Any failed call: the server's problem+json (detail and field errors in the user's language), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly fieldErrors: FieldProblem[] = [],
  ) {
    super(detail);
  }

  /** The translated message for one field, if the server sent one. */
  forField(path: string): string | undefined {
    return this.fieldErrors.find((e) => e.path === path || e.path.startsWith(`${path}.`))?.message;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: () => void = () => {};

export function setCsrfToken(token: string | null) {
  csrfToken = token;
}

/** Called on any 401: the session has ended, so the app goes to the sign-in page. */
export function setUnauthenticatedHandler(handler: () => void) {
  onUnauthenticated = handler;
}

interface Options {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls /api/v1{path}. Changes carry the session's CSRF token; JSON in, JSON out; errors throw ApiError. */
export async function api<T = void>(path: string, { method = 'GET', body, signal }: Options = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // A FormData body (file upload) is sent as multipart; the browser sets its Content-Type with the boundary.
  const isForm = body instanceof FormData;
  if (method !== 'GET') {
    if (!isForm) headers['Content-Type'] = 'application/json';
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: isForm ? body : body === undefined ? (method === 'GET' ? undefined : '{}') : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new ApiError(0, i18n.t('errors.network'));
  }
  if (response.status === 401 && path !== '/session') onUnauthenticated();
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204 || response.status === 202) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const problem = (await response.json()) as { detail?: string; title?: string; errors?: FieldProblem[] };
    return new ApiError(response.status, problem.detail ?? problem.title ?? i18n.t('errors.internal'), problem.errors ?? []);
  } catch {
    return new ApiError(response.status, i18n.t(response.status >= 500 ? 'errors.internal' : 'errors.validation'));
  }
}

/**
 * POSTs to /api/v1{path} and saves the file the server answers with (a generated Word document):
 * the same CSRF token and error handling as `api`, the file name from Content-Disposition.
 */
export async function downloadFile(path: string, body: unknown): Promise<void> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, i18n.t('errors.network'));
  }
  if (response.status === 401) onUnauthenticated();
  if (!response.ok) throw await toApiError(response);
  const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : 'download';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
