import JSZip from 'jszip';

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A real, minimal .docx (the three parts Word needs), one paragraph per line — as in transcript-docx.test.ts. */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(p)}</w:t></w:r></w:p>`).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** An interview with a registered participant who names her municipality. */
export function interviewLines(name: string, municipality: string): string[] {
  return [
    'Intervjuer: Hvordan opplever du tjenestene der du bor?',
    `${name}: Jeg bor i ${municipality}. Tjenestene har hjulpet meg mye, og nå har jeg mer håp for framtiden.`,
    'Intervjuer: Hva betyr fellesskap for deg?',
    `${name}: Å ha venner og et sted å være gir meg tilhørighet. Jeg vil bestemme mer selv over min egen hverdag.`,
  ];
}

/** A focus group as Microsoft Teams writes it (WebVTT voice tags). */
export function focusGroupVtt(name: string, municipality: string): string {
  return [
    'WEBVTT',
    '',
    '00:00:01.000 --> 00:00:06.000',
    '<v Ordstyrer>Hva fungerer godt i tjenestetilbudet?</v>',
    '',
    '00:00:07.000 --> 00:00:14.000',
    `<v ${name}>Tjenester i ${municipality} samarbeider bedre nå, og brukerne blir hørt.</v>`,
    '',
  ].join('\n');
}
