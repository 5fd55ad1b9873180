/**
 * The free-text columns that existed before the registry did, registered here in one place (later
 * modules register their own beside their schema). `free-text-sources.db.test.ts` lists every text
 * column of the database and fails on one that is neither registered nor on its allow-list.
 */
import { rewriteDocumentText } from '../analysis/personal-data.js';
import { declareNonPersonalColumns, registerFreeTextSource } from './free-text-sources.js';
import './free-text-others.js';

const viaDocument = '(select d.programme_id from documents d where d.id = t.document_id)';
const viaActivity = '(select a.programme_id from activities a where a.id = t.activity_id)';

// Analysis: the working text of documents is rewritten with every position that refers to it.
registerFreeTextSource({
  key: 'analysis.documents.text', table: 'documents', column: 'text', programmeColumn: 'programme_id',
  labelKey: 'withdrawalSearch.sources.documentText', staffPath: '/analysis/documents/:id', rewrite: rewriteDocumentText,
});
registerFreeTextSource({ key: 'analysis.documents.title', table: 'documents', column: 'title', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.documentTitle', staffPath: '/analysis/documents/:id' });
registerFreeTextSource({ key: 'analysis.documents.turns', table: 'documents', column: 'turns', format: 'jsonb', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.speakers', staffPath: '/analysis/documents/:id' });
registerFreeTextSource({ key: 'analysis.documents.attributes', table: 'documents', column: 'attributes', format: 'jsonb', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.documentAttributes', staffPath: '/analysis/documents/:id' });
// Passages and coding snapshots are copies of the document text, rebuilt when it is rewritten.
registerFreeTextSource({ key: 'analysis.document_passages.text', table: 'document_passages', column: 'text', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.documentText', derivedFrom: 'analysis.documents.text' });
registerFreeTextSource({ key: 'analysis.codings.text', table: 'codings', column: 'text', programmeSql: viaDocument, labelKey: 'withdrawalSearch.sources.documentText', derivedFrom: 'analysis.documents.text' });
registerFreeTextSource({ key: 'analysis.memos.text', table: 'memos', column: 'text', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.memo' });
registerFreeTextSource({ key: 'analysis.memos.subject', table: 'memos', column: 'subject', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.memoSubject' });
registerFreeTextSource({ key: 'analysis.name_suggestions.word', table: 'name_suggestions', column: 'word', programmeSql: viaDocument, labelKey: 'withdrawalSearch.sources.nameSuggestion' });
registerFreeTextSource({ key: 'analysis.codes.name', table: 'codes', column: 'name', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.codeName', staffPath: '/analysis/codebook' });
// REFI-QDA identities: GUIDs and kinds, and in `details` the name an imported project gave an external coder.
registerFreeTextSource({ key: 'analysis.refi_identities.details', table: 'refi_identities', column: 'details', format: 'jsonb', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.importedCoder' });
declareNonPersonalColumns('refi_identities', ['kind', 'guid'], 'a REFI-QDA GUID and the kind of row it belongs to');
registerFreeTextSource({ key: 'analysis.codes.description', table: 'codes', column: 'description', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.codeDescription', staffPath: '/analysis/codebook' });
registerFreeTextSource({
  key: 'analysis.member_check_responses.comment', table: 'member_check_responses', column: 'comment',
  programmeSql: '(select m.programme_id from member_checks m where m.id = t.member_check_id)', labelKey: 'withdrawalSearch.sources.memberCheckComment',
});

// Activities: what staff write about meetings.
registerFreeTextSource({ key: 'activities.activities.title', table: 'activities', column: 'title', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.activityTitle', staffPath: '/activities/:id' });
registerFreeTextSource({ key: 'activities.activities.location', table: 'activities', column: 'location', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.activityLocation', staffPath: '/activities/:id' });
registerFreeTextSource({ key: 'activities.activities.cancelled_reason', table: 'activities', column: 'cancelled_reason', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.activityCancelled', staffPath: '/activities/:id' });
registerFreeTextSource({ key: 'activities.activity_agenda_items.title', table: 'activity_agenda_items', column: 'title', programmeSql: viaActivity, labelKey: 'withdrawalSearch.sources.agenda' });
registerFreeTextSource({ key: 'activities.activity_agenda_items.notes', table: 'activity_agenda_items', column: 'notes', programmeSql: viaActivity, labelKey: 'withdrawalSearch.sources.agenda' });
registerFreeTextSource({ key: 'activities.activity_decisions.text', table: 'activity_decisions', column: 'text', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.decision' });
registerFreeTextSource({ key: 'activities.activity_decisions.owner', table: 'activity_decisions', column: 'owner', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.decisionOwner' });
registerFreeTextSource({ key: 'activities.activity_outputs.title', table: 'activity_outputs', column: 'title', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.output' });
registerFreeTextSource({ key: 'activities.activity_outputs.items', table: 'activity_outputs', column: 'items', format: 'jsonb', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.output' });

// Groups: names, mandates and work plans are typed by staff.
registerFreeTextSource({ key: 'groups.groups.name', table: 'groups', column: 'name', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.groupName', staffPath: '/people/groups' });
registerFreeTextSource({ key: 'groups.groups.mandate', table: 'groups', column: 'mandate', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.groupDescription', staffPath: '/people/groups' });
registerFreeTextSource({ key: 'groups.groups.work_plan', table: 'groups', column: 'work_plan', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.groupDescription', staffPath: '/people/groups' });
registerFreeTextSource({ key: 'groups.groups.meeting_times', table: 'groups', column: 'meeting_times', programmeColumn: 'programme_id', labelKey: 'withdrawalSearch.sources.groupDescription', staffPath: '/people/groups' });

// Questionnaires: free-text answers live inside the answers (jsonb).
registerFreeTextSource({
  key: 'questionnaires.responses.answers', table: 'responses', column: 'answers', format: 'jsonb',
  programmeSql: '(select s.programme_id from surveys s where s.id = t.survey_id)', labelKey: 'withdrawalSearch.sources.answers',
});

// Text columns of the same modules that hold no free text about people.
const closed = 'a closed word list, key or enum';
declareNonPersonalColumns('activities', ['mode', 'plan_key', 'status', 'type_key', 'variant'], closed);
declareNonPersonalColumns('activity_decisions', ['kind'], closed);
declareNonPersonalColumns('activity_minutes', ['source'], closed);
declareNonPersonalColumns('activity_outputs', ['kind'], closed);
declareNonPersonalColumns('activity_types', ['key', 'labels', 'mode', 'participants', 'produces'], 'a kind of activity (labels and settings), the same for everyone');
declareNonPersonalColumns('attendance', ['method'], closed);
declareNonPersonalColumns('audit_log', ['action', 'entity', 'entity_id', 'request_id'], closed);
declareNonPersonalColumns('audit_log', ['before', 'after'], 'codes and field names only; withdrawal scrubs the rows about the person (audit/scrub.ts)');
declareNonPersonalColumns('check_in_codes', ['code'], 'a door code for an activity');
declareNonPersonalColumns('codes', ['color'], closed);
declareNonPersonalColumns('consent_purposes', ['key', 'label'], 'what consent is asked for, the same for everyone');
declareNonPersonalColumns('consents', ['method', 'purpose_key'], closed);
declareNonPersonalColumns('consents', ['scan_file_name'], "the person's own consent form, deleted with it on withdrawal");
declareNonPersonalColumns('data_processing_agreements', ['document_name', 'partner'], 'an agreement between organisations');
declareNonPersonalColumns('ethics_approvals', ['committee', 'reference', 'status', 'conditions', 'covers', 'document_name'], 'an ethics committee\'s decision about the programme');
declareNonPersonalColumns('ethics_requirements', ['collection'], closed);
declareNonPersonalColumns('demo_loads', ['name'], closed);
declareNonPersonalColumns('documents', ['activity_type', 'kind', 'source_format'], closed);
declareNonPersonalColumns('group_members', ['role'], closed);
declareNonPersonalColumns('groups', ['kind'], closed);
declareNonPersonalColumns('information_letters', ['body', 'title', 'language', 'purpose_keys', 'withdrawal_choice'], 'the information letter, the same for everyone');
declareNonPersonalColumns('instrument_versions', ['definition', 'status'], 'a questionnaire, the same for everyone');
declareNonPersonalColumns('instruments', ['template_key', 'title'], 'a questionnaire, the same for everyone');
declareNonPersonalColumns('invitation_tokens', ['personal_code_hash', 'token_hash'], 'a hash');
declareNonPersonalColumns('invitations', ['language', 'status'], closed);
declareNonPersonalColumns('memos', ['target_kind'], closed);
declareNonPersonalColumns('name_suggestions', ['status'], closed);
declareNonPersonalColumns('participant_links', ['token_hash'], 'a hash');
declareNonPersonalColumns('participants', ['name', 'email', 'phone', 'sub_role'], 'the register itself: erased or blanked by forgetParticipant');
declareNonPersonalColumns('participants', ['code', 'language', 'role'], closed);
declareNonPersonalColumns('programme_municipalities', ['name', 'number'], 'a municipality');
declareNonPersonalColumns('programme_roles', ['role'], closed);
declareNonPersonalColumns('programmes', ['description', 'kind', 'name'], 'describes the programme, not people in it');
declareNonPersonalColumns('recruitment_targets', ['activity_type', 'role'], closed);
declareNonPersonalColumns('recruitments', ['activity_type'], closed);
declareNonPersonalColumns('responses', ['language', 'pairing_key', 'resume_token_hash', 'status', 'scores'], 'a key, hash, enum or computed score');
declareNonPersonalColumns('retention_rules', ['action', 'data_kind', 'outcome'], 'a rule and the counts it produced');
declareNonPersonalColumns('services', ['description', 'kind', 'name'], 'a service of a municipality');
declareNonPersonalColumns('api_tokens', ['access', 'name', 'prefix', 'token_hash'], "a staff member's token: its label, access and hash");
declareNonPersonalColumns('sessions', ['csrf_token', 'method', 'secret_hash'], 'a staff session');
declareNonPersonalColumns('sign_in_links', ['token_hash'], 'a hash');
declareNonPersonalColumns('survey_invitations', ['token_hash'], 'a hash');
declareNonPersonalColumns('surveys', ['ask_pairing_code', 'display', 'mode', 'public_token_hash', 'status', 'title', 'wave'], 'a survey, the same for everyone');
declareNonPersonalColumns('users', ['email', 'language', 'name', 'oidc_identity'], 'staff accounts, not participants');
declareNonPersonalColumns('withdrawals', ['choice', 'code', 'via'], 'the withdrawal record: code and enums');
declareNonPersonalColumns('withdrawal_text_hits', ['source_key', 'row_id', 'detail', 'text_digest', 'status'], 'where a hit is, never what');
declareNonPersonalColumns('withdrawal_text_hits', ['reason'], "the coordinator's reason for keeping words that are not about the person");
