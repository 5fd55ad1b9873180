/**
 * The bytes of a dictionary as text. REDCap writes UTF-8 (with or without a BOM); Excel on Windows saves
 * "CSV" as Windows-1252 and "Unicode text" as UTF-16 with a BOM. A file that is not valid UTF-8 is read as
 * Windows-1252 (every byte sequence is valid there, and it is what such files almost always are), never
 * with replacement characters. The encoding used is returned so the import summary can say which it was.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName; bom: boolean } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  // UTF-16 without a BOM: ASCII text leaves every other byte zero. A CSV header is ASCII, so its first bytes tell.
  const sample = bytes.subarray(0, 200);
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenZero++ : oddZero++);
  if (sample.length >= 4 && oddZero > sample.length / 4 && evenZero === 0) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', bom: false };
  if (sample.length >= 4 && evenZero > sample.length / 4 && oddZero === 0) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

/**
 * Windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes as Latin-1, turning 0x80–0x9F (€, ‘ ’ “ ” –
 * — …) into control characters. Bytes 0xA0–0xFF are the same code points in both; 0x80–0x9F are this table
 * (WHATWG Encoding standard, index-windows-1252; the five unassigned bytes map to the C1 control of the same value).
 */
const high = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    parts.push(String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? high[b - 0x80] : b))));
  }
  return parts.join('');
}
