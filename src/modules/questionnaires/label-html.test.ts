import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from './definition.js';
import { labelHtml, pipeHtml } from './label-html.js';
import { pipingDisplay } from './piping.js';

describe('labelHtml', () => {
  it('keeps bold, italics, line breaks, lists and http(s)/mailto links as formatting', () => {
    expect(labelHtml('<b>Viktig:</b> les <i>hele</i><br/>teksten')).toBe('<b>Viktig:</b> les <i>hele</i><br>teksten');
    expect(labelHtml('<ul><li>En</li><li>To</ul>')).toBe('<ul><li>En</li><li>To</li></ul>');
    expect(labelHtml('Se <a href="https://example.org/a?b=1&amp;c=2" onclick="x()">her</a>')).toBe('Se <a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer" target="_blank">her</a>');
    expect(labelHtml('Linje 1\nLinje 2 &amp; &nbsp;mer')).toBe('Linje 1<br>Linje 2 &amp; &nbsp;mer');
  });
  it('drops everything else: scripts with their content, event handlers, javascript: links, unknown tags', () => {
    expect(labelHtml('A<script>alert(1)</script>B<style>p{}</style>C')).toBe('ABC');
    expect(labelHtml('<img src=x onerror=alert(1)>tekst')).toBe('tekst');
    expect(labelHtml('<a href="javascript:alert(1)">lenke</a>')).toBe('lenke');
    expect(labelHtml('<b onmouseover="x">fet</b>')).toBe('<b>fet</b>');
    expect(labelHtml('<div class="x"><font color=red>rød</font></div>')).toBe('rød');
    expect(labelHtml('1 < 2 & 3 > "2"')).toBe('1 &lt; 2 &amp; 3 &gt; &quot;2&quot;');
    expect(labelHtml('</b>løs<!-- kommentar -->')).toBe('løs');
    expect(labelHtml('<b>åpen')).toBe('<b>åpen</b>');
  });
});

describe('piping', () => {
  const def = {
    name: 'f', title: { nb: 'F' }, languages: ['nb'], scales: [],
    sections: [{ name: 's', items: [
      { type: 'single_choice', name: 'town', label: { nb: 'By' }, required: false, display: 'radio', choices: [{ code: '1', label: { nb: 'Bodø <nord>' } }] },
      { type: 'number', name: 'hours', label: { nb: 'Timer' }, required: false, integer: false },
      { type: 'multiple_choice', name: 'days', label: { nb: 'Dager' }, required: false, choices: [{ code: 'm', label: { nb: 'Mandag' } }, { code: 't', label: { nb: 'Tirsdag' } }] },
      { type: 'text', name: 'note', label: { nb: 'Merknad' }, required: false, multiline: false },
    ] }],
  } as InstrumentDefinition;
  const display = pipingDisplay(def, { town: '1', hours: 2.5, days: ['m', 't'], note: '<script>x</script>' }, 'nb');
  it('shows earlier answers, escaped, with labels for codes and decimal commas in Norwegian', () => {
    expect(pipeHtml(labelHtml('Du bor i <b>[town]</b> ([town:value])'), display)).toBe('Du bor i <b>Bodø &lt;nord&gt;</b> (1)');
    expect(pipeHtml('${hours} timer, [days]: [note]', display)).toBe('2,5 timer, Mandag, Tirsdag: &lt;script&gt;x&lt;/script&gt;');
    expect(pipeHtml('[hours]', pipingDisplay(def, { hours: 2.5 }, 'en'))).toBe('2.5');
  });
  it('shows a blank line for an unanswered field and leaves other brackets as written', () => {
    expect(pipeHtml('[note] [sic] [other_field]', pipingDisplay(def, {}, 'nb'))).toBe('______ [sic] [other_field]');
  });
});
