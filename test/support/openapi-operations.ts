import type { TestApp } from './app.js';

/** The slice of JSON Schema the generated tests read. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minItems?: number;
  maxItems?: number;
  $ref?: string;
}

export interface Operation {
  /** 'METHOD /path' with the path as the module declares it (no /api/v1 prefix). */
  key: string;
  method: string;
  /** The full path template, e.g. /api/v1/programmes/{programmeId}. */
  template: string;
  policy: string | undefined;
  pathParams: string[];
  queryParams: { name: string; required: boolean; schema: JsonSchema }[];
  body: { required: boolean; schema: JsonSchema } | undefined;
}

export const apiPrefix = '/api/v1';
const methods = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** Every operation of the OpenAPI document the app serves, with $refs resolved. */
export async function loadOperations(t: TestApp): Promise<Operation[]> {
  const res = await t.call('GET', `${apiPrefix}/openapi.json`);
  if (res.status !== 200) throw new Error(`openapi.json answered ${res.status}`);
  const doc = (await res.json()) as any;
  const resolve = (schema: JsonSchema | undefined): JsonSchema => {
    if (!schema) return {};
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
    const out: JsonSchema = { ...schema };
    if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, resolve(v)]));
    if (schema.items) out.items = resolve(schema.items);
    return out;
  };
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries<any>(doc.paths)) {
    for (const method of methods) {
      const op = item[method];
      if (!op) continue;
      const params: any[] = [...(item.parameters ?? []), ...(op.parameters ?? [])];
      const json = op.requestBody?.content?.['application/json'];
      operations.push({
        key: `${method.toUpperCase()} ${template.startsWith(apiPrefix) ? template.slice(apiPrefix.length) : template}`,
        method: method.toUpperCase(),
        template,
        policy: op['x-policy'],
        pathParams: params.filter((p) => p.in === 'path').map((p) => p.name),
        queryParams: params.filter((p) => p.in === 'query').map((p) => ({ name: p.name, required: !!p.required, schema: resolve(p.schema) })),
        body: json ? { required: !!op.requestBody.required, schema: resolve(json.schema) } : undefined,
      });
    }
  }
  return operations;
}

/** Fills a path template; every parameter is percent-encoded, so hostile ids stay one path segment. */
export function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`no value for path parameter ${name} in ${template}`);
    return encodeURIComponent(values[name]);
  });
}
