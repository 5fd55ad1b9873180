import MarkdownIt from 'markdown-it';

// Raw HTML is off: a letter's author cannot put scripts or styles on a participant's phone.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** An information letter's Markdown as safe HTML. */
export function renderLetter(markdown: string): string {
  return md.render(markdown);
}
