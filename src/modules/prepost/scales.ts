/**
 * The scales to analyse, read from the instrument definition: parents first, each followed by its
 * subscales, with the score's possible range where the items declare one (charts use it).
 */
import { answerableVariables, type InstrumentDefinition, type Item } from '../questionnaires/definition.js';
import type { ScaleInfo } from './types.js';

function itemRange(item: Item): [number, number] | null {
  if (item.type === 'likert') {
    const v = item.points.map((p) => p.value);
    return [Math.min(...v), Math.max(...v)];
  }
  if (item.type === 'slider') return [item.min, item.max];
  if (item.type === 'number' && item.min !== undefined && item.max !== undefined) return [item.min, item.max];
  if (item.type === 'single_choice' || item.type === 'matrix') {
    const v = item.choices.map((c) => Number(c.code)).filter(Number.isFinite);
    return v.length ? [Math.min(...v), Math.max(...v)] : null;
  }
  return null;
}

export function scalesOf(def: InstrumentDefinition): ScaleInfo[] {
  const vars = new Map(answerableVariables(def).map((v) => [v.name, v.item]));
  const info = def.scales.map((s): ScaleInfo => {
    const ranges = s.items.map((name) => (vars.get(name) ? itemRange(vars.get(name)!) : null));
    const known = ranges.every((r) => r !== null) && ranges.length > 0;
    let min: number | undefined;
    let max: number | undefined;
    if (known) {
      const rs = ranges as [number, number][];
      min = s.method === 'sum' ? rs.reduce((a, r) => a + r[0], 0) : Math.min(...rs.map((r) => r[0]));
      max = s.method === 'sum' ? rs.reduce((a, r) => a + r[1], 0) : Math.max(...rs.map((r) => r[1]));
    }
    return { name: s.name, label: s.label, parent: s.parent, min, max };
  });
  const parents = info.filter((s) => !s.parent || !info.some((p) => p.name === s.parent));
  return parents.flatMap((p) => [p, ...info.filter((s) => s.parent === p.name)]);
}
