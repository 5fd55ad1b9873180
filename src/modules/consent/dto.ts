import { z } from '@hono/zod-openapi';
import { renderLetter } from './markdown.js';
import type { Letter } from './letters.js';
import type { Purpose } from './purposes.js';
import { withdrawalChoices } from './schema.js';

const isoDate = z.iso.date().refine((d) => !d.startsWith('0000'), { message: 'errors.invalidDate' });
const label = z.string().trim().min(1).max(200);
const purposeKey = z.string().regex(/^[a-z][a-z0-9_]{3,49}$/, { message: 'errors.invalidType' });
export const letterLanguages = ['nb', 'nn', 'en'] as const;

export const LabelsSchema = z.object({ nb: label, nn: label, en: label }).strict().openapi('PurposeLabels');
export const PurposeInputSchema = z.object({ key: purposeKey, label: LabelsSchema }).strict().openapi('ConsentPurposeInput');
export const PurposePatchSchema = z.object({ label: LabelsSchema }).strict().openapi('ConsentPurposePatch');
export const PurposeSchema = z.object({ id: z.string(), key: z.string(), label: z.object({ nb: z.string(), nn: z.string(), en: z.string() }) }).openapi('ConsentPurpose');
export const toPurposeDto = (p: Purpose) => ({ id: p.id, key: p.key, label: p.label });

const letterFields = {
  title: z.string().trim().min(1).max(300),
  body: z.string().max(50_000),
  purposeKeys: z.array(purposeKey).min(1).max(20),
  withdrawalChoice: z.enum(withdrawalChoices),
};
export const LetterInputSchema = z.object({ language: z.enum(letterLanguages), ...letterFields }).strict().openapi('InformationLetterInput');
export const LetterPatchSchema = z.object(letterFields).partial().strict().openapi('InformationLetterPatch');
export const LetterSchema = z
  .object({
    id: z.string(), language: z.string(), version: z.number(), title: z.string(), body: z.string(),
    /** The body rendered from Markdown with raw HTML disabled: safe to show. */
    html: z.string(),
    purposeKeys: z.array(z.string()), withdrawalChoice: z.enum(withdrawalChoices),
    publishedAt: z.string().nullable(), createdAt: z.string(),
  })
  .openapi('InformationLetter');
export const toLetterDto = (l: Letter) => ({
  id: l.id, language: l.language, version: l.version, title: l.title, body: l.body, html: renderLetter(l.body),
  purposeKeys: l.purposeKeys, withdrawalChoice: l.withdrawalChoice,
  publishedAt: l.publishedAt?.toISOString() ?? null, createdAt: l.createdAt.toISOString(),
});

export const PaperConsentInputSchema = z
  .object({
    signedOn: isoDate,
    /** The purposes the signed form says yes to; the letter's other purposes are recorded as no. */
    grantedPurposeKeys: z.array(purposeKey).max(20),
    language: z.enum(letterLanguages).optional(),
  })
  .strict()
  .openapi('PaperConsentInput');

export const ConsentStatusSchema = z
  .object({
    purposes: z.array(z.object({ key: z.string(), label: z.object({ nb: z.string(), nn: z.string(), en: z.string() }), answer: z.enum(['granted', 'refused', 'none']), method: z.string().nullable(), recordedAt: z.string().nullable(), signedOn: z.string().nullable() })),
    history: z.array(z.object({ id: z.string(), letterId: z.string(), purposeKey: z.string(), granted: z.boolean(), method: z.string(), signedOn: z.string().nullable(), recordedAt: z.string(), withdrawnAt: z.string().nullable(), scanFileName: z.string().nullable(), hasScan: z.boolean() })),
    withdrawalChoice: z.enum(withdrawalChoices),
    code: z.string(),
  })
  .openapi('ConsentStatus');

/** `consented` is null (and `suppressed` true) when 1..threshold-1 people and the viewer may not see small cells. */
export const ConsentSummarySchema = z
  .object({ purposes: z.array(z.object({ key: z.string(), consented: z.number().nullable(), suppressed: z.boolean() })), threshold: z.number() })
  .openapi('ConsentSummary');
export const PersonalLinkSchema = z.object({ url: z.string(), qrSvg: z.string() }).openapi('PersonalLink');

export const AgreementInputSchema = z.object({ partner: z.string().trim().min(1).max(300), signedOn: isoDate }).strict().openapi('DataProcessingAgreementInput');
export const AgreementSchema = z.object({ id: z.string(), partner: z.string(), signedOn: z.string(), documentName: z.string().nullable(), createdAt: z.string() }).openapi('DataProcessingAgreement');

/** `?name=` on raw uploads: the file's name as the user's computer knew it. */
export const UploadQuery = z.object({ name: z.string().trim().min(1).max(200).optional() });
