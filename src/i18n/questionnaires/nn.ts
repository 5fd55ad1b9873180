import { interchangeNn } from './interchange-nn.js';
import { builderNn } from './builder-nn.js';
import { distributionNn, distributionErrorsNn } from './distribution-nn.js';
import { exportNn } from './export-nn.js';
import type { Messages } from '../nb.js';
import type { questionnairesErrorsNb } from './nb.js';

// Nynorsk strings for questionnaires (spread into ../nn.ts).
export const questionnairesErrorsNn: Record<keyof typeof questionnairesErrorsNb, string> = {
  ...distributionErrorsNn,
  instrumentNotFound: 'Fann ikkje spørjeskjemaet.',
};

export const questionnairesNn: Pick<Messages, 'questionnaires'> = {
  questionnaires: {
    ...interchangeNn,
    ...exportNn,
    ...builderNn,
    ...distributionNn,
    errors: {
      variableName: 'Variabelnamn kan berre ha små bokstavar a–z, siffer og _, og må byrje med ein bokstav.',
    },
    answers: {
      unknownVariable: 'Skjemaet har ikkje spørsmålet «{{variable}}».',
      wrongType: 'Svaret har feil form.',
      notAChoice: 'Vel eitt av alternativa.',
      notANumber: 'Skriv eit tal.',
      notInteger: 'Skriv eit heilt tal.',
      tooManyDecimals: 'Bruk høgst {{decimals}} desimalar.',
      belowMin: 'Talet må vere minst {{min}}.',
      aboveMax: 'Talet kan vere høgst {{max}}.',
      invalidDate: 'Skriv ein dato på forma ÅÅÅÅ-MM-DD.',
      dateBeforeMin: 'Datoen kan ikkje vere før {{min}}.',
      dateAfterMax: 'Datoen kan ikkje vere etter {{max}}.',
      tooShort: 'Svaret må ha minst {{min}} teikn.',
      tooLong: 'Svaret kan ha høgst {{max}} teikn.',
      invalidFormat: 'Svaret har ikkje rett form ({{format}}).',
      required: 'Dette spørsmålet må svarast på.',
      tooManyChecked: 'Vel høgst {{max}}.',
      duplicateChoice: 'Det same alternativet er valt to gonger.',
      rankingConflict: 'Kvar verdi kan berre brukast éin gong i denne tabellen («{{value}}» er brukt fleire gonger).',
    },
    check: {
      duplicateVariable: 'Variabelnamnet «{{name}}» er brukt meir enn éin gong.',
      duplicateSection: 'Seksjonsnamnet «{{name}}» er brukt meir enn éin gong.',
      duplicateScale: 'Skalanamnet «{{name}}» er brukt meir enn éin gong.',
      duplicateChoiceCode: '«{{name}}» har koden «{{code}}» meir enn éin gong.',
      duplicatePointValue: '«{{name}}» har verdien {{value}} på meir enn eitt svaralternativ.',
      specialCodeClash: '«{{name}}»: koden «{{code}}» for «veit ikkje» eller «ikkje aktuelt» er også ein verdi på skalaen.',
      minAboveMax: '«{{name}}»: minste verdi er større enn største verdi.',
      lengthOrder: '«{{name}}»: minste lengd er større enn største lengd.',
      conditionUnknownItem: '«{{name}}» blir vist på vilkår av «{{target}}», som ikkje finst i skjemaet.',
      conditionLaterItem: '«{{name}}» blir vist på vilkår av «{{target}}», som kjem seinare i skjemaet.',
      conditionSelf: '«{{name}}» blir vist på vilkår av sitt eige svar.',
      conditionNotChoice: '«{{name}}» spør om eit valt alternativ i «{{target}}», som ikkje er eit fleirvalsspørsmål.',
      conditionUnknownCode: '«{{name}}» viser til alternativet «{{code}}» i «{{target}}», som ikkje finst.',
      scaleUnknownItem: 'Skalaen «{{name}}» viser til «{{target}}», som ikkje finst.',
      scaleNonNumeric: 'Skalaen «{{name}}» inneheld «{{target}}», som ikkje har talverdiar.',
      reverseNotInScale: '«{{target}}» er snudd i skalaen «{{name}}», men er ikkje med i skalaen.',
      minAnsweredTooHigh: 'Skalaen «{{name}}» krev {{min}} svar, men har berre {{count}} spørsmål.',
      scaleUnknownParent: 'Skalaen «{{name}}» er underskala av «{{target}}», som ikkje finst.',
      wordingMissing: '«{{name}}» manglar tekst ({{field}}). Tekst skal leggjast inn under lisensen organisasjonen har.',
      missingTranslation: {
        nb: '«{{name}}» manglar tekst på bokmål ({{field}}).',
        nn: '«{{name}}» manglar tekst på nynorsk ({{field}}).',
        en: '«{{name}}» manglar tekst på engelsk ({{field}}).',
      },
    },
  },
};
