import type { Executor } from '../../db/client.js';
import { notFound } from '../../lib/errors.js';
import { auditEntriesAbout } from '../audit/about.js';
import { collectAnalysisData } from '../analysis/personal-data.js';
import { collectInvitationData } from '../activities/invitations-personal-data.js';
import { consentHistory } from '../consent/record.js';
import { collectParticipantData, getParticipant } from '../people/personal-data.js';
import { collectQuestionnaireData } from '../questionnaires/personal-data.js';
import { collectBoardContributions } from '../codesign/board-personal-data.js';
import { collectWorkshopContributions } from '../codesign/course-personal-data.js';
import { collectTouchpointData } from '../codesign/personal-data.js';
import { collectDocumentContributions } from '../documents/personal-data.js';

/**
 * Everything held about one person (GDPR art. 15) as one JSON document: what the people and groups
 * modules hold, every consent answer (scanned forms listed by name, not included), the documents
 * they are present in, their touchpoints, board votes and ideas, workshop contributions, comments and
 * suggestions on documents, and the audit entries about them. A withdrawn person no longer exists here, so the answer for them is 404.
 */
export async function accessExport(db: Executor, programmeId: string, participantId: string, now = new Date()) {
  const person = await getParticipant(db, programmeId, participantId);
  if (!person) throw notFound();
  const people = await collectParticipantData(db, participantId);
  const consents = await consentHistory(db, participantId);
  const analysis = await collectAnalysisData(db, participantId, person.code);
  const activities = await collectInvitationData(db, participantId);
  const questionnaires = await collectQuestionnaireData(db, participantId);
  const codesign = {
    touchpoints: await collectTouchpointData(db, participantId),
    boards: await collectBoardContributions(db, participantId),
    workshopContributions: await collectWorkshopContributions(db, [participantId]),
  };
  const documents = await collectDocumentContributions(db, [participantId]);
  const audit = await auditEntriesAbout(db, programmeId, participantId);
  return {
    kind: 'varde.data-subject-access',
    generatedAt: now.toISOString(),
    programmeId,
    code: person.code,
    ...people,
    consents: consents.map(({ id: _id, ...c }) => ({ ...c, scan: c.hasScan ? { fileName: c.scanFileName, included: false } : null })),
    analysis,
    activities,
    questionnaires,
    codesign,
    documents,
    withdrawals: [],
    auditEntries: audit,
  };
}
