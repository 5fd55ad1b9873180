/**
 * Finishes the OpenAPI document the routers describe, in one place rather than in 200 route files:
 * how to sign in (a session cookie with its CSRF header, or a personal API token) on every operation
 * by its `x-policy`, and an `operationId` a person can read (`listSurveys`, `openSurvey`) where a route
 * did not name one — so generated clients get method names, not `getApiV1ProgrammesBy…`.
 */
type Operation = { operationId?: string; security?: Record<string, string[]>[]; 'x-policy'?: string; [k: string]: unknown };
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, unknown>; security?: unknown; [k: string]: unknown };

const methods = ['get', 'put', 'post', 'patch', 'delete'] as const;

export const securitySchemes = {
  session: {
    type: 'apiKey', in: 'cookie', name: 'varde_session',
    description: 'The staff app\'s session (sign in by e-mailed link or OIDC). Changes also need the session\'s CSRF token in `X-CSRF-Token`, from `GET /session`.',
  },
  apiToken: {
    type: 'http', scheme: 'bearer', bearerFormat: 'varde_…',
    description: 'A personal API token made under API tokens in the staff app: `Authorization: Bearer varde_…`. Reaches only its programmes; read-only tokens may only GET. No CSRF token needed.',
  },
} as const;

const signedIn: Record<string, string[]>[] = [{ session: [] }, { apiToken: [] }];
/** Public operations work without signing in; a signed-in caller may still be recognised (`{}` = none needed). */
const optional: Record<string, string[]>[] = [{}, { session: [] }, { apiToken: [] }];

const pascal = (word: string) => word.split(/[-_.]/).filter(Boolean).map((w) => w[0].toUpperCase() + w.slice(1)).join('');
function singular(word: string): string {
  if (/(analys|respons|cours|hous|cas|clos|phras|purpos|bas|databas|releas|phas|dos|lens|nurs|us)es$/i.test(word)) return word.slice(0, -1);
  if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
  if (/(ss|sh|ch|x)es$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word) && !/ss$/i.test(word)) return word.slice(0, -1);
  return word;
}

/** Last segments that name an action on what comes before them, not a thing (POST …/{surveyId}/open → openSurvey). */
const actions = new Set([
  'open', 'close', 'publish', 'archive', 'unarchive', 'merge', 'split', 'cancel', 'held', 'lock', 'resolve', 'confirm', 'dismiss',
  'accept', 'reject', 'link', 'import', 'preview', 'generate', 'settle', 'apply-plan', 'take-over', 'new-draft', 'send-to-analysis',
  'sign-out', 'sign-in-link', 'status', 'bulk', 'from-board', 'from-items', 'template', 'upload', 'regenerate', 'export', 'publish-summary',
]);
const uncountable = /(status|progress|analysis|settings|overview|course|plan|thread|map|summary|agenda|minutes|pdsa|dissemination|cooccurrence|matrix|search|agreement|improvement|experience)$/i;
const isPlural = (word: string) => /s$/i.test(word) && !uncountable.test(word);
const camel = (word: string) => pascal(word).replace(/^./, (c) => c.toLowerCase());

/** A readable name from the method and path: GET /programmes/{id}/surveys → listSurveys; POST …/{surveyId}/open → openSurvey. */
export function operationName(method: string, fullPath: string, context = 0): string {
  let parts = fullPath.split('/').filter(Boolean);
  if (parts[0] === 'api' && /^v\d+$/.test(parts[1] ?? '')) parts = parts.slice(2);
  // Nearly everything lives in a programme: that scope is implied, not part of the name.
  const scoped = parts[0] === 'programmes' && parts[1] === '{programmeId}' && parts.length > 2;
  if (scoped) parts = parts.slice(2);
  if (parts[0] === 'auth' || parts[0] === 'me') parts = parts.slice(1);
  const isParam = (s: string) => s.startsWith('{');
  const last = parts.at(-1) ?? 'root';
  const before = parts.slice(0, -1);
  // The thing the last segment belongs to: surveys/{surveyId}/invitations → Survey.
  const ownerAt = isParam(before.at(-1) ?? '') ? before.length - 2 : -1;
  const owner = ownerAt >= 0 ? pascal(singular(before[ownerAt])) : '';
  const earlier = parts.slice(0, Math.max(0, ownerAt >= 0 ? ownerAt : parts.length - 1)).filter((s) => !isParam(s));
  const ctx = earlier.slice(Math.max(0, earlier.length - context)).map((s) => pascal(singular(s))).join('');
  const file = /\.(csv|xlsx|docx|pdf|svg|png|ics|qdpx|qdc|zip|json)$/.exec(last);
  if (file) return `get${ctx}${owner}${pascal(last.slice(0, -file[0].length))}${pascal(file[1])}`;
  if (isParam(last)) {
    const thing = pascal(singular(before.at(-1) ?? 'item'));
    const inner = before.slice(0, -1).filter((s) => !isParam(s));
    const thingCtx = inner.slice(Math.max(0, inner.length - context)).map((s) => pascal(singular(s))).join('');
    const verb = { get: 'get', put: 'replace', patch: 'update', delete: 'delete', post: 'create' }[method] ?? method;
    return `${verb}${thingCtx}${thing}`;
  }
  if (method === 'post' && /^(import|from)-/.test(last)) {
    // import-qdpx → importQdpx; target-areas/from-board → createTargetAreasFromBoard.
    const [verb, ...rest] = last.split('-');
    const target = pascal(before.filter((s) => !isParam(s)).at(-1) ?? '');
    return verb === 'import' ? `import${pascal(rest.join('-'))}` : `create${target}From${pascal(rest.join('-'))}`;
  }
  if (method === 'post' && actions.has(last)) {
    const target = owner || pascal(before.filter((s) => !isParam(s)).at(-1) ?? '') || (scoped ? 'Programme' : '');
    return `${camel(last)}${ctx}${target}`;
  }
  const plural = isPlural(last);
  const verb = method === 'get' ? (plural ? 'list' : 'get') : ({ post: 'create', put: plural ? 'replace' : 'set', patch: 'update', delete: 'delete' }[method] ?? method);
  const thing = method === 'get' || method === 'put' ? pascal(last) : pascal(singular(last));
  return `${verb}${ctx}${owner}${thing}`;
}

export function completeOpenApiDocument<T extends object>(input: T): T {
  const doc = input as Document;
  const components = { ...(doc.components ?? {}), securitySchemes: { ...((doc.components?.securitySchemes as object) ?? {}), ...securitySchemes } };
  const taken = new Set<string>();
  const all: { path: string; method: string; op: Operation }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      op.security = op['x-policy'] === 'public' ? optional : signedIn;
      if (op.operationId) taken.add(op.operationId);
      all.push({ path, method, op });
    }
  }
  for (const { path, method, op } of all) {
    if (op.operationId) continue;
    let name = operationName(method, path);
    for (let context = 1; taken.has(name) && context < 6; context++) name = operationName(method, path, context);
    for (let n = 2; taken.has(name); n++) name = `${operationName(method, path, 6)}${n}`;
    taken.add(name);
    op.operationId = name;
  }
  return { ...doc, components } as T;
}
