/**
 * Small XML and GUID helpers for REFI-QDA (QDA-XML 1.0) export and import.
 * Written by hand rather than through a builder so the output is byte-for-byte predictable.
 */
import { createHash } from 'node:crypto';

export const projectNamespace = 'urn:QDA-XML:project:1.0';
export const codebookNamespace = 'urn:QDA-XML:codebook:1.0';

// XML 1.0 allows tab, LF, CR and everything from U+0020 except the surrogate block and U+FFFE/U+FFFF.
const forbiddenXmlChars = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Character data: `&`, `<`, `>` escaped; CR kept as a reference so a parser does not fold CRLF to LF. */
export function escapeText(value: string): string {
  return value.replace(forbiddenXmlChars, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values: as text, plus quotes and whitespace that attribute normalisation would eat. */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** `<name a="…">children</name>`, or a self-closing tag when there are no children. Empty values are left out. */
export function element(name: string, attributes: Attributes, children: string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => ` ${k}="${escapeAttribute(String(v))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** A text-only element such as `<Description>…</Description>`; nothing when the text is empty. */
export function textElement(name: string, text: string | null | undefined): string[] {
  return text ? [`<${name}>${escapeText(text)}</${name}>`] : [];
}

/** A list wrapper (`<Users>…</Users>`) that the schema requires to hold at least one child: omitted when empty. */
export function listElement(name: string, children: string[]): string[] {
  return children.length === 0 ? [] : [`<${name}>${children.join('\n')}</${name}>`];
}

/**
 * A stable GUID derived from a name (UUID v5 layout over SHA-1), for REFI objects that have no row
 * of their own: the selection that carries a coding, a variable for an attribute key.
 */
export function derivedGuid(...parts: string[]): string {
  const hash = createHash('sha1').update(parts.join('\u0000')).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** A GUID as other tools write it (`{ABCD…}`, upper case) in the form we compare and store. */
export function normaliseGuid(guid: string): string {
  return guid.trim().replace(/^\{|\}$/g, '').toLowerCase();
}

/** `#RGB` or `#RRGGBB` as the schema's RGBType accepts; anything else is dropped on export. */
export function isRefiColor(value: string | null | undefined): value is string {
  return typeof value === 'string' && /^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/.test(value);
}

/** `#abc` → `#aabbcc`, lower case: the form Varde stores. */
export function expandColor(value: string): string {
  const hex = value.slice(1).toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}
