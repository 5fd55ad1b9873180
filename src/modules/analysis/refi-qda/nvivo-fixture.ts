/**
 * An NVivo-style REFI-QDA export built from NVivo's conventions (issue 16), for the db and e2e tests:
 * positions in UTF-16 code units over the text file as written (CRLF = 2), a BOM on the text file,
 * emoji, two coders, codings sharing a selection, an uncoded quotation with a comment, a note linked
 * to a selection, a case with variables, a project note, and what cannot come in (a picture with a
 * coding, a source whose file is missing, a note without text, a set, a graph, a code-to-code link).
 * Every name and text is invented.
 */
import { strToU8, zipSync } from 'fflate';

export const g = (n: number) => `{${String(n).padStart(8, '0')}-1111-4222-8333-44445555666${n % 10}}`.toUpperCase();
export const plain = (guid: string) => guid.replace(/[{}]/g, '').toLowerCase();
export const [uKari, uOla, cTheme, cHope, cFamily, src, sel1, cod1, cod2, sel2, cod3, sel3, sel4, note1, note2, note3, note4, vAge, vConsent, kase, pic, picSel, picCod, missing, missingCod, set, graph, vertex, link, link2] = Array.from({ length: 30 }, (_, i) => g(i + 10));

// The interview as NVivo writes it: CRLF line breaks, emoji (a ZWJ family, a flag), a BOM on the file.
export const text =
  'Intervjuer: Hva gir deg håp? 🙂\r\n' +
  'Deltaker: Familien 👨‍👩‍👧 og jobben ga meg håp.\r\n' +
  'Intervjuer: Og tjenestene?\r\n' +
  'Deltaker: De lyttet 🇳🇴 til meg, og jeg fikk bo hjemme.\r\n';
/** NVivo's numbers: UTF-16 code units over the text as written (CRLF = 2), from the platform's own counting. */
export const at = (part: string) => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(part);
  return { start, end: start + part.length };
};
export const quotes = { family: 'Familien 👨‍👩‍👧 og jobben ga meg håp.', listened: 'De lyttet 🇳🇴 til meg, og jeg fikk bo hjemme.', services: 'Og tjenestene?', hope: 'Hva gir deg håp? 🙂' };
export const pos = (q: string) => `startPosition="${at(q).start}" endPosition="${at(q).end}"`;

export const nvivoXml = `<?xml version="1.0" encoding="utf-8"?>
<Project name="Recovery-studien" origin="NVivo for Windows 14.23.2" xmlns="urn:QDA-XML:project:1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<Users><User guid="${uKari}" name="Koder Én"/><User guid="${uOla}" name="Koder To"/></Users>
<CodeBook><Codes>
<Code guid="${cTheme}" isCodable="false" name="Håp"><Code guid="${cHope}" isCodable="true" name="Framtidstro" color="#E07020"/><Code guid="${cFamily}" isCodable="true" name="Familie"/></Code>
</Codes></CodeBook>
<Variables><Variable guid="${vAge}" name="Alder" typeOfVariable="Integer"/><Variable guid="${vConsent}" name="Samtykket" typeOfVariable="Boolean"/></Variables>
<Cases><Case guid="${kase}" name="Deltaker 7"><VariableValue><VariableRef targetGUID="${vAge}"/><IntegerValue>34</IntegerValue></VariableValue><VariableValue><VariableRef targetGUID="${vConsent}"/><BooleanValue>true</BooleanValue></VariableValue><SourceRef targetGUID="${src}"/></Case></Cases>
<Sources>
<TextSource guid="${src}" name="Intervju 7" plainTextPath="internal://${plain(src)}.txt" creatingUser="${uKari}" creationDateTime="2026-03-01T09:00:00Z">
<PlainTextSelection guid="${sel1}" name="" ${pos(quotes.family)} creatingUser="${uKari}" creationDateTime="2026-03-02T09:00:00Z">
<Coding guid="${cod1}" creatingUser="${uKari}" creationDateTime="2026-03-02T09:00:00Z"><CodeRef targetGUID="${cFamily}"/></Coding>
<Coding guid="${cod2}" creatingUser="${uOla}" creationDateTime="2026-03-02T10:00:00Z"><CodeRef targetGUID="${cHope}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="${sel2}" name="" ${pos(quotes.listened)} creatingUser="${uOla}" creationDateTime="2026-03-02T11:00:00Z">
<Coding guid="${cod3}" creatingUser="${uOla}" creationDateTime="2026-03-02T11:00:00Z"><CodeRef targetGUID="${cHope}"/><NoteRef targetGUID="${note1}"/></Coding>
</PlainTextSelection>
<PlainTextSelection guid="${sel3}" name="" ${pos(quotes.services)} creatingUser="${uKari}"><Description>Spør alltid om tjenestene.</Description></PlainTextSelection>
<PlainTextSelection guid="${sel4}" name="" ${pos(quotes.hope)} creatingUser="${uKari}"/>
</TextSource>
<TextSource guid="${missing}" name="Intervju 8" plainTextPath="internal://${plain(missing)}.txt">
<PlainTextSelection guid="${g(90)}" startPosition="0" endPosition="4"><Coding guid="${missingCod}"><CodeRef targetGUID="${cHope}"/></Coding></PlainTextSelection>
</TextSource>
<PictureSource guid="${pic}" name="Tegning" path="internal://${plain(pic)}.png">
<PictureSelection guid="${picSel}" firstX="1" firstY="1" secondX="20" secondY="20"><Coding guid="${picCod}"><CodeRef targetGUID="${cHope}"/></Coding></PictureSelection>
</PictureSource>
</Sources>
<Notes>
<Note guid="${note1}" name="Kodenotat" creatingUser="${uOla}"><PlainTextContent>Tydelig om å bli hørt.</PlainTextContent></Note>
<Note guid="${note2}" name="Annotasjon" creatingUser="${uKari}" plainTextPath="internal://${plain(note2)}.txt"/>
<Note guid="${note3}" name="Prosjektlogg" creatingUser="${uKari}"><PlainTextContent>Intervjuene ble gjort i mars.</PlainTextContent></Note>
<Note guid="${note4}" name="Borte" plainTextPath="internal://${plain(note4)}.txt"/>
</Notes>
<Links><Link guid="${link}" originGUID="${note2}" targetGUID="${sel4}"/><Link guid="${link2}" originGUID="${cHope}" targetGUID="${cFamily}"/></Links>
<Sets><Set guid="${set}" name="Sentrale koder"><MemberCode targetGUID="${cHope}"/></Set></Sets>
<Graphs><Graph guid="${graph}" name="Kart"><Vertex guid="${vertex}" representedGUID="${cHope}" firstX="0" firstY="0"/></Graph></Graphs>
<NoteRef targetGUID="${note3}"/>
</Project>`;

export const nvivoFile = () =>
  zipSync({
    'project.qde': strToU8(nvivoXml),
    [`Sources/${plain(src)}.txt`]: strToU8('\uFEFF' + text),
    [`Sources/${plain(note2)}.txt`]: strToU8('\uFEFFHåp kommer fra familien.'),
  });

