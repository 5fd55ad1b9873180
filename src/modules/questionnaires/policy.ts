import { forbidden, notFound } from '../../lib/errors.js';
import { memberScope, type Actor, type ProgrammeScope } from '../access/actor.js';

/**
 * Who may do what with questionnaires. Instruments are not personal data: every working role may read
 * them; coordinators and researchers build and publish. Surveys belong to a municipality (or the whole
 * programme): coordinators and researchers manage them, facilitators read and hand them out at a course,
 * a municipal contact sees and distributes only their own municipality's surveys. Results (pairing,
 * reliability, response exports) are research data: coordinators and researchers. Respondents never
 * need an account — their pages are reached by a link token, not through this policy.
 * Outside the programme, or another municipality's survey for a contact, the answer is 404.
 */
export type QuestionnaireAction =
  | 'instruments.read'
  | 'instruments.manage'
  | 'surveys.read'
  | 'surveys.manage'
  | 'surveys.distribute'
  | 'surveys.results';

type Role = 'coordinator' | 'researcher' | 'facilitator' | 'municipal_contact';
const allowed: Record<QuestionnaireAction, Role[]> = {
  'instruments.read': ['coordinator', 'researcher', 'facilitator', 'municipal_contact'],
  'instruments.manage': ['coordinator', 'researcher'],
  'surveys.read': ['coordinator', 'researcher', 'facilitator', 'municipal_contact'],
  'surveys.manage': ['coordinator', 'researcher'],
  'surveys.distribute': ['coordinator', 'researcher', 'facilitator', 'municipal_contact'],
  'surveys.results': ['coordinator', 'researcher'],
};

/** `municipalityId`: the survey's municipality; null for a programme-wide survey; absent for instruments and lists. */
export function authorizeQuestionnaires(
  actor: Actor | null,
  action: QuestionnaireAction,
  target: { programmeId: string; municipalityId?: string | null },
): ProgrammeScope {
  const { scope } = memberScope(actor, target.programmeId, target.municipalityId ?? undefined);
  if (actor!.isAdmin) return scope;
  const roles = allowed[action];
  if (!roles.some((r) => scope.roles.has(r))) throw forbidden();
  // A contact whose only way to a survey is their municipality: a programme-wide survey is not theirs to see.
  if (onlyContact(scope) && target.municipalityId === null && action.startsWith('surveys.')) throw notFound();
  return scope;
}

/** True when the actor reaches the programme only as municipal contact (lists are then filtered to their municipalities). */
export function onlyContact(scope: ProgrammeScope): boolean {
  return !['coordinator', 'researcher', 'facilitator'].some((r) => scope.roles.has(r as Role));
}
