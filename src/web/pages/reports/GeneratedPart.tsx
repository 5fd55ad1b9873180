import { Fragment } from 'react';
import type { PreviewBlock, PreviewRun } from './report-types.js';

function Runs({ runs }: { runs: PreviewRun[] }) {
  return <>{runs.map((r, i) => {
    const text = r.bold ? <strong>{r.text}</strong> : <>{r.text}</>;
    return <Fragment key={i}>{r.italic ? <em>{text}</em> : text}</Fragment>;
  })}</>;
}

/**
 * A generated part of the report as the Word and PDF files show it: numbered tables with their
 * captions and notes, charts (the server's SVG, as an image with its description as alt text).
 * `headingBase` is the page's heading level the part's headings sit under.
 */
export function GeneratedPart({ blocks, headingBase }: { blocks: PreviewBlock[]; headingBase: number }) {
  return (
    <div className="generated-part">
      {blocks.map((b, i) => {
        if (b.kind === 'heading') {
          const Tag = `h${Math.min(6, headingBase + b.level - 1)}` as 'h4';
          return <Tag key={i}>{b.text}</Tag>;
        }
        if (b.kind === 'paragraph') return <p key={i}><Runs runs={b.runs} /></p>;
        if (b.kind === 'list') {
          const List = b.ordered ? 'ol' : 'ul';
          return <List key={i}>{b.items.map((item, j) => <li key={j}><Runs runs={item} /></li>)}</List>;
        }
        if (b.kind === 'table')
          return (
            <div key={i} className="table-scroll">
              <table className="report-table">
                <caption><strong>{b.label}</strong> <em>{b.title}</em></caption>
                <thead><tr>{b.header.map((h, j) => <th key={j} scope="col">{h}</th>)}</tr></thead>
                <tbody>{b.rows.map((r, j) => <tr key={j}>{r.map((c, k) => (k === 0 ? <th key={k} scope="row">{c}</th> : <td key={k}>{c}</td>))}</tr>)}</tbody>
              </table>
              {b.note ? <p className="table-note">{b.note}</p> : null}
            </div>
          );
        return (
          <figure key={i} className="report-figure">
            <figcaption><strong>{b.label}</strong> <em>{b.title}</em></figcaption>
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(b.svg)}`} alt={b.description} />
          </figure>
        );
      })}
    </div>
  );
}
