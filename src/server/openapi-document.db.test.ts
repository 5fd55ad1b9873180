import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/app.js';

/** The published API description as client generators and linters read it (issue 17 §2). */
let t: TestApp;
let doc: any;
beforeAll(async () => {
  t = await createTestApp();
  doc = await (await t.call('GET', '/api/v1/openapi.json')).json();
});
afterAll(() => t?.close());

const operations = () => Object.entries<any>(doc.paths).flatMap(([p, item]) => Object.entries<any>(item).map(([method, op]) => ({ key: `${method.toUpperCase()} ${p}`, op })));

describe('the OpenAPI document', () => {
  it('says how to sign in on every operation: a session or a personal API token, and nothing for public ones', () => {
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(['apiToken', 'session']);
    expect(doc.components.securitySchemes.apiToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const { key, op } of operations()) {
      expect(op.security, key).toBeDefined();
      const names = op.security.flatMap((s: object) => Object.keys(s));
      expect(names, key).toEqual(expect.arrayContaining(['session', 'apiToken']));
      expect(op.security.some((s: object) => Object.keys(s).length === 0), key).toBe(op['x-policy'] === 'public');
    }
  });

  it('names every operation once, for people (listSurveys, openSurvey), never after the URL', () => {
    const ids = operations().map(({ op }) => op.operationId as string);
    expect(ids.every((id) => /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => /ApiV1|ByProgrammeId|^(get|post|put|patch|delete)Api/.test(id))).toEqual([]);
    const byKey = Object.fromEntries(operations().map(({ key, op }) => [key, op.operationId]));
    expect(byKey['GET /api/v1/programmes/{programmeId}/surveys']).toBe('listSurveys');
    expect(byKey['POST /api/v1/programmes/{programmeId}/surveys/{surveyId}/open']).toBe('openSurvey');
    expect(byKey['GET /api/v1/programmes/{programmeId}/surveys/{surveyId}']).toBe('getSurvey');
    expect(byKey['POST /api/v1/me/tokens']).toBe('createApiToken');
  });

  it('passes Redocly\'s recommended lint rules with no errors', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'varde-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(doc));
      const bin = path.resolve(import.meta.dirname, '../../node_modules/.bin/redocly');
      let output = '';
      try {
        output = execFileSync(bin, ['lint', '--extends', 'recommended', '--format', 'summary', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
      } catch (e: any) {
        output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
        throw new Error(`redocly lint failed:\n${output}`);
      }
      expect(output).not.toMatch(/\d+ errors?/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
