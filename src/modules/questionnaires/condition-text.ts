import type { Condition } from './definition.js';

const ops: Record<string, string> = { eq: '=', neq: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' };

/**
 * A condition as readable text in REDCap's spirit: `[q3] = '2'`, `[q5(2)] = '1'`, `[q1] <> ''`.
 * Type-only imports: the staff app's builder shows conditions with it too.
 */
export function conditionText(cond: Condition): string {
  if ('all' in cond) return cond.all.map(conditionText).join(' and ');
  if ('any' in cond) return `(${cond.any.map(conditionText).join(' or ')})`;
  if (cond.op === 'selected' || cond.op === 'notSelected') return `[${cond.item}(${cond.value})] = '${cond.op === 'selected' ? 1 : 0}'`;
  if (cond.op === 'answered' || cond.op === 'unanswered') return `[${cond.item}] ${cond.op === 'answered' ? '<>' : '='} ''`;
  return 'value' in cond ? `[${cond.item}] ${ops[cond.op]} '${cond.value}'` : `[${cond.item}]`;
}
