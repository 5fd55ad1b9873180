import { allItems, type Answers, type InstrumentDefinition, type Item } from './definition.js';
import { itemVariables, visibility } from './logic.js';

/**
 * The screens a respondent walks through (pure). One item per screen, or the whole form on one
 * screen; the self-generated code first when the survey asks for it; a last screen to submit.
 * A response stores a position ("anchor"): 0 the code, i + 1 the i-th item (or 1 the whole form),
 * then the submit screen. Items hidden by branching are skipped, so resuming at an anchor goes to the
 * first screen at or after it that is shown for the answers saved so far.
 */
export type Screen =
  | { kind: 'code'; anchor: number }
  | { kind: 'item'; anchor: number; item: Item }
  | { kind: 'form'; anchor: number; items: Item[] }
  | { kind: 'submit'; anchor: number };

export interface FlowSettings {
  display: 'one_per_screen' | 'whole';
  askCode: boolean;
}

/** Items a respondent sees (calculated fields are never shown). */
export const pageItems = (def: InstrumentDefinition): Item[] => allItems(def).filter((i) => i.type !== 'calc');

export function screens(def: InstrumentDefinition, settings: FlowSettings, answers: Answers): Screen[] {
  const shown = visibility(def, answers).items;
  const items = pageItems(def);
  const out: Screen[] = [];
  if (settings.askCode) out.push({ kind: 'code', anchor: 0 });
  if (settings.display === 'whole') {
    out.push({ kind: 'form', anchor: 1, items: items.filter((i) => shown.has(i.name)) });
    return out;
  }
  items.forEach((item, i) => {
    if (shown.has(item.name)) out.push({ kind: 'item', anchor: i + 1, item });
  });
  out.push({ kind: 'submit', anchor: items.length + 1 });
  return out;
}

/** The screen at a stored position: the first shown screen at or after it (the last one if past the end). */
export function screenAt(list: Screen[], position: number): Screen {
  return list.find((s) => s.anchor >= position) ?? list[list.length - 1];
}

export function nextScreen(list: Screen[], current: Screen): Screen {
  return list.find((s) => s.anchor > current.anchor) ?? list[list.length - 1];
}

export function previousScreen(list: Screen[], current: Screen): Screen | undefined {
  return [...list].reverse().find((s) => s.anchor < current.anchor);
}

/** The variables a screen answers (a matrix answers one per row). */
export function screenVariables(screen: Screen): string[] {
  if (screen.kind === 'item') return itemVariables(screen.item);
  if (screen.kind === 'form') return screen.items.flatMap(itemVariables);
  return [];
}

/** How far along, for the progress line: answered screens out of the item screens shown. */
export function progressOf(list: Screen[], current: Screen): { step: number; of: number } {
  const items = list.filter((s) => s.kind === 'item' || s.kind === 'form');
  const step = items.filter((s) => s.anchor <= current.anchor).length;
  return { step: Math.max(1, Math.min(step, items.length)), of: items.length };
}

/**
 * Merges a screen's posted answers into the saved ones: every variable of the screen takes the posted
 * value or, when none was posted (an unticked box, a cleared field), is removed. Other screens' answers stay.
 */
export function mergeScreenAnswers(saved: Answers, screenVars: string[], posted: Answers): Answers {
  const out: Answers = { ...saved };
  for (const v of screenVars) {
    if (posted[v] !== undefined) out[v] = posted[v];
    else delete out[v];
  }
  return out;
}
