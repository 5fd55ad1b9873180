import { z } from 'zod';
import type { FieldError } from './errors.js';

/**
 * Zod issues carry an i18n key (plus JSON vars) instead of English text, so the HTTP layer can
 * translate each into the requester's language. Schemas may set their own message to a key too.
 */
export function installZodMessageKeys(): void {
  z.config({
    customError: (issue) => {
      switch (issue.code) {
        case 'invalid_type':
          return issue.input === undefined || issue.input === null ? 'errors.required' : 'errors.invalidType';
        case 'too_small':
          if (issue.origin === 'string') return issue.minimum === 1 ? 'errors.required' : key('errors.tooShort', { min: Number(issue.minimum) });
          if (issue.origin === 'array' || issue.origin === 'set') return key('errors.tooFewItems', { min: Number(issue.minimum) });
          return 'errors.invalidType';
        case 'too_big':
          if (issue.origin === 'string') return key('errors.tooLong', { max: Number(issue.maximum) });
          if (issue.origin === 'array' || issue.origin === 'set') return key('errors.tooManyItems', { max: Number(issue.maximum) });
          return 'errors.invalidType';
        case 'invalid_format':
          if (issue.format === 'email') return 'errors.invalidEmail';
          if (issue.format === 'date') return 'errors.invalidDate';
          if (issue.format === 'uuid' || issue.format === 'guid') return 'errors.invalidId';
          return 'errors.invalidType';
        case 'invalid_value':
          return issue.input === undefined || issue.input === null ? 'errors.required' : 'errors.invalidOption';
        case 'unrecognized_keys':
          return key('errors.unknownField', { keys: issue.keys.join(', ') });
        default:
          return 'errors.invalidType';
      }
    },
  });
}

function key(name: string, vars: Record<string, string | number>): string {
  return `${name} ${JSON.stringify(vars)}`;
}

/** Turns a ZodError into field errors keyed for translation. */
export function fieldErrorsFromZod(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => {
    const [name, json] = splitOnce(issue.message);
    let vars: Record<string, string | number> = {};
    try {
      vars = json ? JSON.parse(json) : {};
    } catch {
      vars = {};
    }
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return { path, key: name.startsWith('errors.') ? name : 'errors.invalidType', vars };
  });
}

function splitOnce(message: string): [string, string | undefined] {
  const at = message.indexOf(' ');
  return at < 0 ? [message, undefined] : [message.slice(0, at), message.slice(at + 1)];
}
