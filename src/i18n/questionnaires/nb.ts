import { interchangeNb } from './interchange-nb.js';
import { builderNb } from './builder-nb.js';
import { distributionNb, distributionErrorsNb } from './distribution-nb.js';
import { exportNb } from './export-nb.js';
// Bokmål strings for questionnaires (spread into ../nb.ts). Shared by several parts of the module: each adds its
// own sub-object (answers, check, interchange, builder, respond, export, prepost …) with small edits.
/** Top-level `errors.*` keys for questionnaire API problems (spread into errors in ../nb.ts). */
export const questionnairesErrorsNb = {
  ...distributionErrorsNb,
  instrumentNotFound: 'Fant ikke spørreskjemaet.',
};

export const questionnairesNb = {
  questionnaires: {
    ...interchangeNb,
    ...exportNb,
    ...builderNb,
    ...distributionNb,
    errors: {
      variableName: 'Variabelnavn kan bare ha små bokstaver a–z, sifre og _, og må begynne med en bokstav.',
    },
    /** Why a submitted answer was refused (shown next to the item). */
    answers: {
      unknownVariable: 'Skjemaet har ikke spørsmålet «{{variable}}».',
      wrongType: 'Svaret har feil form.',
      notAChoice: 'Velg et av alternativene.',
      notANumber: 'Skriv et tall.',
      notInteger: 'Skriv et helt tall.',
      tooManyDecimals: 'Bruk høyst {{decimals}} desimaler.',
      belowMin: 'Tallet må være minst {{min}}.',
      aboveMax: 'Tallet kan være høyst {{max}}.',
      invalidDate: 'Skriv en dato på formen ÅÅÅÅ-MM-DD.',
      dateBeforeMin: 'Datoen kan ikke være før {{min}}.',
      dateAfterMax: 'Datoen kan ikke være etter {{max}}.',
      tooShort: 'Svaret må ha minst {{min}} tegn.',
      tooLong: 'Svaret kan ha høyst {{max}} tegn.',
      invalidFormat: 'Svaret har ikke riktig form ({{format}}).',
      required: 'Dette spørsmålet må besvares.',
      tooManyChecked: 'Velg høyst {{max}}.',
      duplicateChoice: 'Det samme alternativet er valgt to ganger.',
      rankingConflict: 'Hver verdi kan bare brukes én gang i denne tabellen («{{value}}» er brukt flere ganger).',
    },
    /** Problems with an instrument definition, item by item (builder, publish, import). */
    check: {
      duplicateVariable: 'Variabelnavnet «{{name}}» er brukt mer enn én gang.',
      duplicateSection: 'Seksjonsnavnet «{{name}}» er brukt mer enn én gang.',
      duplicateScale: 'Skalanavnet «{{name}}» er brukt mer enn én gang.',
      duplicateChoiceCode: '«{{name}}» har koden «{{code}}» mer enn én gang.',
      duplicatePointValue: '«{{name}}» har verdien {{value}} på mer enn ett svaralternativ.',
      specialCodeClash: '«{{name}}»: koden «{{code}}» for «vet ikke» eller «ikke aktuelt» er også en verdi på skalaen.',
      minAboveMax: '«{{name}}»: minste verdi er større enn største verdi.',
      lengthOrder: '«{{name}}»: minste lengde er større enn største lengde.',
      conditionUnknownItem: '«{{name}}» vises på vilkår av «{{target}}», som ikke finnes i skjemaet.',
      conditionLaterItem: '«{{name}}» vises på vilkår av «{{target}}», som kommer senere i skjemaet.',
      conditionSelf: '«{{name}}» vises på vilkår av sitt eget svar.',
      conditionNotChoice: '«{{name}}» spør om et valgt alternativ i «{{target}}», som ikke er et flervalgsspørsmål.',
      conditionUnknownCode: '«{{name}}» viser til alternativet «{{code}}» i «{{target}}», som ikke finnes.',
      scaleUnknownItem: 'Skalaen «{{name}}» viser til «{{target}}», som ikke finnes.',
      scaleNonNumeric: 'Skalaen «{{name}}» inneholder «{{target}}», som ikke har tallverdier.',
      reverseNotInScale: '«{{target}}» er snudd i skalaen «{{name}}», men er ikke med i skalaen.',
      minAnsweredTooHigh: 'Skalaen «{{name}}» krever {{min}} besvarte spørsmål, men har bare {{count}}.',
      scaleUnknownParent: 'Skalaen «{{name}}» er underskala av «{{target}}», som ikke finnes.',
      wordingMissing: '«{{name}}» mangler tekst ({{field}}). Tekst skal legges inn under lisensen organisasjonen har.',
      missingTranslation: {
        nb: '«{{name}}» mangler tekst på bokmål ({{field}}).',
        nn: '«{{name}}» mangler tekst på nynorsk ({{field}}).',
        en: '«{{name}}» mangler tekst på engelsk ({{field}}).',
      },
    },
  },
};
