import type { Executor } from '../../db/client.js';
import type { OfficeBlock } from '../../lib/office/word.js';
import { parseRichText, runsText, type Block } from '../../lib/rich-text.js';
import { getImage } from './versions.js';

/**
 * A generated part (`{{generated:key}}`) becomes blocks of the Word kit from live data; the report
 * passes its resolver, so regenerating refreshes those parts while the written text is kept.
 */
export type GeneratedResolver = (key: string) => Promise<OfficeBlock[]>;

/**
 * The blocks of written text for the Word kit, exactly as the screen shows them: headings shifted
 * by `headingOffset` (a module's material under the module's own heading), images from the database.
 */
export async function richTextOfficeBlocks(db: Executor, documentId: string, body: string, opts: { headingOffset?: number; resolve?: GeneratedResolver } = {}): Promise<OfficeBlock[]> {
  const out: OfficeBlock[] = [];
  const shift = opts.headingOffset ?? 0;
  for (const b of parseRichText(body) as Block[]) {
    if (b.type === 'heading') out.push({ kind: 'heading', level: Math.min(4, b.level + shift) as 1 | 2 | 3 | 4, text: runsText(b.runs) });
    else if (b.type === 'paragraph') out.push({ kind: 'paragraph', runs: b.runs });
    else if (b.type === 'list') out.push({ kind: 'list', ordered: b.ordered, items: b.items });
    else if (b.type === 'image') {
      const image = await getImage(db, documentId, b.imageId).catch(() => null);
      if (image) out.push({ kind: 'image', data: image.bytes, type: image.contentType === 'image/png' ? 'png' : 'jpg', width: image.width, height: image.height, alt: b.alt, caption: b.caption });
    } else if (opts.resolve) out.push(...(await opts.resolve(b.key)));
  }
  return out;
}
