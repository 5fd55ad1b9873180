/** Who may call each pre/post route (issue 6): research roles and municipal contacts (who see only their courses). */
type Role = 'coordinator' | 'researcher' | 'municipal_contact' | 'facilitator' | 'observer';

export function prepostExpectations<R>(members: (may: Role[]) => R): Record<string, R> {
  const readers: Role[] = ['coordinator', 'researcher', 'municipal_contact'];
  const b = '/programmes/{programmeId}/prepost';
  return {
    [`GET ${b}`]: members(readers),
    [`GET ${b}/{instrumentId}`]: members(readers),
    [`GET ${b}/{instrumentId}/charts`]: members(readers),
    [`GET ${b}/{instrumentId}/report.docx`]: members(readers),
    [`GET ${b}/{instrumentId}/report.pdf`]: members(readers),
    [`GET ${b}/{instrumentId}/pairs.csv`]: members(readers),
    [`GET ${b}/{instrumentId}/results.csv`]: members(readers),
    [`GET ${b}/{instrumentId}/reliability`]: members(readers),
    ['GET /programmes/{programmeId}/course-experience']: members(readers),
    ['GET /programmes/{programmeId}/course-experience/{instrumentId}']: members(readers),
    ['POST /programmes/{programmeId}/course-experience/{instrumentId}/send-to-analysis']: members(['coordinator', 'researcher']),
  };
}
