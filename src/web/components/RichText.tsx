import { Fragment } from 'react';
import { parseRichText, type Block, type Run } from '../../lib/rich-text.js';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const text = r.bold ? <strong>{r.text}</strong> : <>{r.text}</>;
        return <Fragment key={i}>{r.italic ? <em>{text}</em> : text}</Fragment>;
      })}
    </>
  );
}

/**
 * Written text of a versioned document, rendered from the same blocks the Word kit writes
 * (`src/lib/rich-text.ts`): React text nodes only, so nothing typed becomes markup. `headingBase`
 * is the page's heading level the document's own level-1 headings sit under; `imageUrl` gives an
 * uploaded image's address. A generated part shows `generated` (the report fills it in).
 */
export function RichText({ body, headingBase = 2, imageUrl, generated }: { body: string; headingBase?: number; imageUrl(id: string): string; generated?: (key: string) => React.ReactNode }) {
  const blocks: Block[] = parseRichText(body);
  return (
    <div className="rich-text">
      {blocks.map((b, i) => {
        if (b.type === 'heading') {
          const Tag = `h${Math.min(6, headingBase + b.level)}` as 'h3';
          return <Tag key={i}><Runs runs={b.runs} /></Tag>;
        }
        if (b.type === 'paragraph') return <p key={i}><Runs runs={b.runs} /></p>;
        if (b.type === 'list') {
          const List = b.ordered ? 'ol' : 'ul';
          return <List key={i}>{b.items.map((item, j) => <li key={j}><Runs runs={item} /></li>)}</List>;
        }
        if (b.type === 'image')
          return (
            <figure key={i}>
              <img src={imageUrl(b.imageId)} alt={b.alt} />
              {b.caption ? <figcaption>{b.caption}</figcaption> : null}
            </figure>
          );
        return <Fragment key={i}>{generated ? generated(b.key) : null}</Fragment>;
      })}
    </div>
  );
}
