/**
 * The CHIME recovery-process frame (Leamy, Bird, Le Boutillier, Williams & Slade 2011, Br J
 * Psychiatry 199:445–452, doi:10.1192/bjp.bp.110.083733) as data, so that a programme's codebook
 * can be seeded from it (issue 7 §3): each process becomes a theme, its sub-categories codes
 * under it. Sub-category wording follows the summary in J Psychosoc Rehabil Ment Health 2019
 * (doi:10.1007/s40737-019-00135-x), as recorded in the project's domain reference.
 *
 * The Norwegian labels are Varde's own translations (the paper has no official Norwegian
 * version); "Empowerment" is given as "myndiggjøring"/"myndiggjering", the usual Norwegian term,
 * and analysts can rename codes after seeding. Colours are the Okabe–Ito palette, distinguishable
 * with the common colour-vision deficiencies; sub-categories take their process's colour so a
 * coded passage shows its CHIME process at a glance.
 */

export interface FrameLabels {
  nb: string;
  nn: string;
  en: string;
}

export interface FrameCode {
  /** Stable identifier, used to recognise a seeded code later (e.g. on REFI-QDA export). */
  key: string;
  labels: FrameLabels;
  /** #RRGGBB, as REFI-QDA's Code/@color accepts. */
  colour: string;
  /** A theme groups codes (codes → themes, as in the project's analysis steps); themes stay codable. */
  isTheme: boolean;
  children: FrameCode[];
}

export interface CodingFrame {
  key: string;
  labels: FrameLabels;
  source: string;
  codes: FrameCode[];
}

function code(key: string, colour: string, labels: FrameLabels): FrameCode {
  return { key, labels, colour, isTheme: false, children: [] };
}

function theme(key: string, colour: string, labels: FrameLabels, children: [string, FrameLabels][]): FrameCode {
  return { key, labels, colour, isTheme: true, children: children.map(([childKey, childLabels]) => code(`${key}.${childKey}`, colour, childLabels)) };
}

const CONNECTEDNESS = '#0072B2';
const HOPE = '#E69F00';
const IDENTITY = '#CC79A7';
const MEANING = '#009E73';
const EMPOWERMENT = '#D55E00';

export const CHIME_FRAME: CodingFrame = {
  key: 'chime',
  labels: { nb: 'CHIME – prosesser i personlig bedring', nn: 'CHIME – prosessar i personleg betring', en: 'CHIME – personal recovery processes' },
  source: 'Leamy M, Bird V, Le Boutillier C, Williams J, Slade M (2011). Br J Psychiatry 199:445–452. doi:10.1192/bjp.bp.110.083733',
  codes: [
    theme('connectedness', CONNECTEDNESS, { nb: 'Tilknytning', nn: 'Tilknyting', en: 'Connectedness' }, [
      ['peer_support', { nb: 'Likepersonsstøtte og støttegrupper', nn: 'Likepersonsstøtte og støttegrupper', en: 'Peer support and support groups' }],
      ['relationships', { nb: 'Relasjoner', nn: 'Relasjonar', en: 'Relationships' }],
      ['support_from_others', { nb: 'Støtte fra andre', nn: 'Støtte frå andre', en: 'Support from others' }],
      ['part_of_community', { nb: 'Å være en del av fellesskapet', nn: 'Å vere ein del av fellesskapet', en: 'Being part of the community' }],
    ]),
    theme('hope', HOPE, { nb: 'Håp og optimisme for fremtiden', nn: 'Håp og optimisme for framtida', en: 'Hope and optimism about the future' }, [
      ['belief_in_recovery', { nb: 'Tro på at bedring er mulig', nn: 'Tru på at betring er mogleg', en: 'Belief in the possibility of recovery' }],
      ['motivation_to_change', { nb: 'Motivasjon for endring', nn: 'Motivasjon for endring', en: 'Motivation to change' }],
      ['hope_inspiring_relationships', { nb: 'Relasjoner som gir håp', nn: 'Relasjonar som gir håp', en: 'Hope-inspiring relationships' }],
      ['positive_thinking', { nb: 'Positiv tenkning og å verdsette suksess', nn: 'Positiv tenking og å verdsetje suksess', en: 'Positive thinking and valuing success' }],
      ['dreams_and_aspirations', { nb: 'Å ha drømmer og ambisjoner', nn: 'Å ha draumar og ambisjonar', en: 'Having dreams and aspirations' }],
    ]),
    theme('identity', IDENTITY, { nb: 'Identitet', nn: 'Identitet', en: 'Identity' }, [
      ['dimensions_of_identity', { nb: 'Sider ved identitet', nn: 'Sider ved identitet', en: 'Dimensions of identity' }],
      ['positive_sense_of_identity', { nb: 'Å gjenoppbygge eller omdefinere en positiv identitet', nn: 'Å byggje opp att eller definere på nytt ein positiv identitet', en: 'Rebuilding/redefining a positive sense of identity' }],
      ['overcoming_stigma', { nb: 'Å overvinne stigma', nn: 'Å overvinne stigma', en: 'Overcoming stigma' }],
    ]),
    theme('meaning', MEANING, { nb: 'Mening i livet', nn: 'Meining i livet', en: 'Meaning in life' }, [
      ['meaning_of_illness_experiences', { nb: 'Betydningen av erfaringer med psykisk lidelse', nn: 'Tydinga av erfaringar med psykisk liding', en: 'Meaning of mental illness experiences' }],
      ['spirituality', { nb: 'Spiritualitet', nn: 'Spiritualitet', en: 'Spirituality' }],
      ['quality_of_life', { nb: 'Livskvalitet', nn: 'Livskvalitet', en: 'Quality of life' }],
      ['social_roles', { nb: 'Meningsfullt liv og sosiale roller', nn: 'Meiningsfullt liv og sosiale roller', en: 'Meaningful life and social roles' }],
      ['social_goals', { nb: 'Meningsfullt liv og sosiale mål', nn: 'Meiningsfullt liv og sosiale mål', en: 'Meaningful life and social goals' }],
      ['rebuilding_life', { nb: 'Å gjenoppbygge livet', nn: 'Å byggje opp att livet', en: 'Rebuilding life' }],
    ]),
    theme('empowerment', EMPOWERMENT, { nb: 'Myndiggjøring', nn: 'Myndiggjering', en: 'Empowerment' }, [
      ['personal_responsibility', { nb: 'Personlig ansvar', nn: 'Personleg ansvar', en: 'Personal responsibility' }],
      ['control_over_life', { nb: 'Kontroll over eget liv', nn: 'Kontroll over eige liv', en: 'Control over life' }],
      ['focusing_on_strengths', { nb: 'Å fokusere på styrker', nn: 'Å fokusere på styrkar', en: 'Focusing upon strengths' }],
    ]),
  ],
};
