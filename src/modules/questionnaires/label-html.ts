/**
 * REDCap labels carry HTML (`<b>`, `<i>`, `<br>`, links, lists). Participant pages show it as formatting, never as
 * literal markup, through an allow-list: these tags only, no attributes except a link's http(s)/mailto `href`,
 * everything else dropped with its tag (text kept) and `<script>`/`<style>` dropped with their content. Text is
 * escaped; character references (&amp; &nbsp; &#233;) are kept. The stored label is untouched (round trips keep it).
 */
const allowed = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'br', 'p', 'ul', 'ol', 'li', 'sub', 'sup', 'span', 'a', 'small']);
const voidTags = new Set(['br']);
const dropWithContent = /^<(script|style|iframe|object|textarea|template)\b[\s\S]*?(<\/\1\s*>|$)/i;

const escapeText = (s: string) =>
  s.replace(/&(?!(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#x[0-9a-fA-F]{1,6});)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function safeHref(attributes: string): string | undefined {
  const m = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
  const raw = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').replace(/&amp;/g, '&').trim();
  return /^(https?:\/\/|mailto:)/i.test(raw) ? raw : undefined;
}

/** Safe HTML for a label that may contain REDCap's HTML. Plain text comes out escaped, with line breaks kept. */
export function labelHtml(source: string): string {
  const out: string[] = [];
  const open: string[] = [];
  let i = 0;
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const text = source.slice(i, lt < 0 ? undefined : lt);
    if (text) out.push(escapeText(text).replace(/\r?\n/g, '<br>'));
    if (lt < 0) break;
    const rest = source.slice(lt);
    const comment = /^<!--[\s\S]*?(-->|$)/.exec(rest);
    const dropped = dropWithContent.exec(rest);
    const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/.exec(rest);
    if (comment || dropped) {
      i = lt + (comment ?? dropped)![0].length;
      continue;
    }
    if (!tag) {
      out.push('&lt;');
      i = lt + 1;
      continue;
    }
    i = lt + tag[0].length;
    const name = tag[2].toLowerCase();
    if (!allowed.has(name)) continue;
    if (tag[1]) {
      // A closing tag closes what it matches (and anything left open inside it); a stray one is dropped.
      const at = open.lastIndexOf(name);
      if (at < 0) continue;
      while (open.length > at) out.push(`</${open.pop()}>`);
      continue;
    }
    if (voidTags.has(name)) {
      out.push(`<${name}>`);
      continue;
    }
    if (name === 'a') {
      const href = safeHref(tag[3]);
      if (!href) continue;
      out.push(`<a href="${escapeText(href)}" rel="noopener noreferrer" target="_blank">`);
    } else out.push(`<${name}>`);
    open.push(name);
  }
  while (open.length) out.push(`</${open.pop()}>`);
  return out.join('');
}

/** Whether a text holds markup worth keeping (so a plain label is not run through the sanitiser for nothing). */
export const hasMarkup = (s: string) => /<[a-zA-Z/!]|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/.test(s);

/** Piping: `[field]`, `[field:label]`, `[field:value]` (REDCap) and `${field}` (XLSForm) in a label. */
export const pipingPattern = /\[([a-z][a-z0-9_]*)(?::(label|value))?\]|\$\{([A-Za-z_][A-Za-z0-9_.-]*)\}/g;

/**
 * Replaces piping references in already-safe HTML with the answers' display text (escaped); an unanswered field
 * shows as a blank line, as REDCap does. `display(name, asLabel)` gives the text, or undefined when not a field.
 */
export function pipeHtml(safe: string, display: (name: string, asLabel: boolean) => string | undefined): string {
  return safe.replace(pipingPattern, (whole, redcap: string | undefined, suffix: string | undefined, xls: string | undefined) => {
    const text = display(redcap ?? xls!.toLowerCase().replace(/[-.]/g, '_'), suffix !== 'value');
    if (text === undefined) return whole;
    return text === '' ? '______' : escapeText(text);
  });
}
