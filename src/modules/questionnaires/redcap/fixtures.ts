/**
 * A data dictionary written in the style of a real REDCap project (baseline survey of a service user
 * programme): record ID, section headers, validated text, a radio with commas in a label, branching on a radio
 * and on a checkbox, a notes field, a radio matrix, a ranking matrix, a checkbox matrix, slider, calc, truefalse,
 * dropdown, identifiers, field annotations with action tags. All names invented.
 */
const H = `"Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max",Identifier?,"Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)","Matrix Group Name","Matrix Ranking?","Field Annotation"`;

export const baselineDictionary = `${H}
record_id,baseline_survey,,text,Record ID,,,,,,,,,,,,,
consent_date,baseline_survey,Consent,text,Date of consent,,,date_ymd,2024-01-01,2030-12-31,,,y,,,,,@TODAY
age,baseline_survey,,text,How old are you?,,Years,integer,16,99,,,y,,1,,,
gender,baseline_survey,,radio,Gender,"1, Woman | 2, Man | 3, Other, or prefer to describe | 9, Prefer not to say",,,,,,,,RH,2,,,
gender_other,baseline_survey,,text,Please describe,,,,,,,[gender] = '3',,,,,,@CHARLIMIT=50
services,baseline_survey,,checkbox,Which services do you use?,"1, Housing | 2, Work and activity | 3, Peer support | 4, Other",Choose up to three,,,,,,,,3,,,@MAXCHECKED=3
services_other,baseline_survey,,notes,Which other service?,,,,,,,[services(4)] = '1',,,,,,
employed,baseline_survey,,yesno,Are you in paid work?,,,,,,,,,,4,,,
email,baseline_survey,,text,E-mail for the follow-up survey,,,email,,,y,,,,,,,
mood_intro,baseline_survey,How you feel,descriptive,<p>The next questions are about the last two weeks.</p>,,,,,,,,,,,,,
mood_1,baseline_survey,"In the last two weeks, how often have you…",radio,felt hopeful about the future,"1, Never | 2, Sometimes | 3, Often | 4, Always",,,,,,,y,,5a,mood,,
mood_2,baseline_survey,,radio,felt in control of your life,"1, Never | 2, Sometimes | 3, Often | 4, Always",,,,,,,y,,5b,mood,,
mood_3,baseline_survey,,radio,felt part of your community,"1, Never | 2, Sometimes | 3, Often | 4, Always",,,,,,,,,5c,mood,,@HIDDEN-SURVEY
prio_1,baseline_survey,Rank what matters most to you,radio,Work,"1, First | 2, Second | 3, Third",,,,,,[employed] = '0' or [age] < 30,,,,priorities,y,
prio_2,baseline_survey,,radio,Housing,"1, First | 2, Second | 3, Third",,,,,,[employed] = '0' or [age] < 30,,,,priorities,y,
prio_3,baseline_survey,,radio,Friends,"1, First | 2, Second | 3, Third",,,,,,[employed] = '0' or [age] < 30,,,,priorities,y,
sched_gym,baseline_survey,Which days do you usually…,checkbox,exercise,"1, Monday | 2, Tuesday | 3, Wednesday",,,,,,,,,,weekly_schedule,,
sched_meet,baseline_survey,,checkbox,meet friends,"1, Monday | 2, Tuesday | 3, Wednesday",,,,,,,,,,weekly_schedule,,
satisfaction,baseline_survey,,slider,How satisfied are you with your services?,Very unhappy | Neutral | Very happy,,number,,,,,,,6,,,
hours,baseline_survey,,text,Hours of activity per week,,,number_1dp,0,80,,[employed] <> '',,,,,,
mood_total,baseline_survey,,calc,Mood total,"sum([mood_1],[mood_2],[mood_3])",,,,,,,,,,,,
adult,baseline_survey,,truefalse,I have read the information,,,,,,,[age] >= 18 and [employed] = '1',,LV,,,,
fruit,baseline_survey,Finally,dropdown,Favourite fruit,"a, Apples | b, Bananas",,,,,,,,,,,,
comments,baseline_survey,,notes,Anything else you want to tell us?,,,,,,,,,,7,,,
`;

/** The same project with what Varde cannot represent: a file upload, a signature, an SQL field, logic with functions and events, piping. */
export const unsupportedDictionary = `${H}
record_id,intake,,text,Record ID,,,,,,,,,,,,,
dob,intake,,text,Date of birth,,,date_dmy,,,y,,,,,,,
cv,intake,,file,Upload your CV,,,,,,,,,,,,,
sign,intake,,file,Signature,,,signature,,,,,,,,,,
lookup,intake,,sql,Clinic,select value from redcap_data,,,,,,,,,,,,
older,intake,,yesno,Are you over 65?,,,,,,,"datediff([dob],'today','y') > 65",,,,,,
visit,intake,,text,Visit note for [dob],,,,,,,[enrolment_arm_1][dob] <> '',,,,,,
later,intake,,text,Refers forward,,,,,,,[final] = '1',,,,,,
final,intake,,yesno,Final,,,,,,,,,,,,,
phone,intake,,text,Phone,,,phone,,,,,,,,,,
`;
