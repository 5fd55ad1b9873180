import { interchangeEn } from './interchange-en.js';
import { builderEn } from './builder-en.js';
import { distributionEn, distributionErrorsEn } from './distribution-en.js';
import { exportEn } from './export-en.js';
import type { Messages } from '../nb.js';
import type { questionnairesErrorsNb } from './nb.js';

// English strings for questionnaires (spread into ../en.ts).
export const questionnairesErrorsEn: Record<keyof typeof questionnairesErrorsNb, string> = {
  ...distributionErrorsEn,
  instrumentNotFound: 'The questionnaire was not found.',
};

export const questionnairesEn: Pick<Messages, 'questionnaires'> = {
  questionnaires: {
    ...interchangeEn,
    ...exportEn,
    ...builderEn,
    ...distributionEn,
    errors: {
      variableName: 'Variable names may only have lowercase letters a–z, digits and _, and must begin with a letter.',
    },
    answers: {
      unknownVariable: 'The form has no question “{{variable}}”.',
      wrongType: 'The answer has the wrong form.',
      notAChoice: 'Choose one of the options.',
      notANumber: 'Enter a number.',
      notInteger: 'Enter a whole number.',
      tooManyDecimals: 'Use at most {{decimals}} decimals.',
      belowMin: 'The number must be at least {{min}}.',
      aboveMax: 'The number can be at most {{max}}.',
      invalidDate: 'Enter a date as YYYY-MM-DD.',
      dateBeforeMin: 'The date cannot be before {{min}}.',
      dateAfterMax: 'The date cannot be after {{max}}.',
      tooShort: 'The answer must have at least {{min}} characters.',
      tooLong: 'The answer can have at most {{max}} characters.',
      invalidFormat: 'The answer does not have the right form ({{format}}).',
      required: 'This question must be answered.',
      tooManyChecked: 'Choose at most {{max}}.',
      duplicateChoice: 'The same option is chosen twice.',
      rankingConflict: 'Each value can be used only once in this table (“{{value}}” is used more than once).',
    },
    check: {
      duplicateVariable: 'The variable name “{{name}}” is used more than once.',
      duplicateSection: 'The section name “{{name}}” is used more than once.',
      duplicateScale: 'The scale name “{{name}}” is used more than once.',
      duplicateChoiceCode: '“{{name}}” has the code “{{code}}” more than once.',
      duplicatePointValue: '“{{name}}” has the value {{value}} on more than one point.',
      specialCodeClash: '“{{name}}”: the code “{{code}}” for “don’t know” or “not applicable” is also a value on the scale.',
      minAboveMax: '“{{name}}”: the minimum is greater than the maximum.',
      lengthOrder: '“{{name}}”: the minimum length is greater than the maximum length.',
      conditionUnknownItem: '“{{name}}” is shown depending on “{{target}}”, which is not in the form.',
      conditionLaterItem: '“{{name}}” is shown depending on “{{target}}”, which comes later in the form.',
      conditionSelf: '“{{name}}” is shown depending on its own answer.',
      conditionNotChoice: '“{{name}}” asks whether an option is chosen in “{{target}}”, which is not a multiple-choice question.',
      conditionUnknownCode: '“{{name}}” refers to the option “{{code}}” of “{{target}}”, which does not exist.',
      scaleUnknownItem: 'The scale “{{name}}” refers to “{{target}}”, which does not exist.',
      scaleNonNumeric: 'The scale “{{name}}” includes “{{target}}”, which has no numeric values.',
      reverseNotInScale: '“{{target}}” is reverse-scored in the scale “{{name}}” but is not part of the scale.',
      minAnsweredTooHigh: 'The scale “{{name}}” requires {{min}} answered items but has only {{count}}.',
      scaleUnknownParent: 'The scale “{{name}}” is a subscale of “{{target}}”, which does not exist.',
      wordingMissing: '“{{name}}” has no wording yet ({{field}}). Wording is to be entered under the licence the organisation holds.',
      missingTranslation: {
        nb: '“{{name}}” has no Bokmål text ({{field}}).',
        nn: '“{{name}}” has no Nynorsk text ({{field}}).',
        en: '“{{name}}” has no English text ({{field}}).',
      },
    },
  },
};
