import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Label, Checkbox, Fieldset, Heading, Paragraph, Radio, Tag, Textarea, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import type { ConsentPurpose, InformationLetter, WithdrawalChoice } from '../consent-types.js';
import { useApi } from '../hooks/useApi.js';
import { ConfirmDialog } from './ConfirmDialog.js';
import { SelectField } from './SelectField.js';
import { StatusMessage } from './StatusMessage.js';

const languages = ['nb', 'nn', 'en'] as const;
const choices: WithdrawalChoice[] = ['participant_chooses', 'erase', 'anonymise'];

/** Information letters: versions per language; edit a draft with a rendered preview; publish with a confirmation. */
export function LetterEditor({ programmeId, purposes, readOnly }: { programmeId: string; purposes: ConsentPurpose[]; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const base = `/programmes/${programmeId}/information-letters`;
  const letters = useApi<InformationLetter[]>(base);
  const [language, setLanguage] = useState<(typeof languages)[number]>('nb');
  const versions = useMemo(() => (letters.data ?? []).filter((l) => l.language === language), [letters.data, language]);
  const latest = versions[0];
  const [form, setForm] = useState<{ title: string; body: string; purposeKeys: string[]; withdrawalChoice: WithdrawalChoice } | null>(null);
  const [preview, setPreview] = useState<string>('');
  const [error, setError] = useState<ApiError | null>(null);
  const [publishing, setPublishing] = useState<InformationLetter | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const startEditing = () => {
    setForm(latest ? { title: latest.title, body: latest.body, purposeKeys: latest.purposeKeys, withdrawalChoice: latest.withdrawalChoice } : { title: '', body: '', purposeKeys: purposes.map((p) => p.key), withdrawalChoice: 'participant_chooses' });
    setPreview(latest?.html ?? '');
  };
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setError(null);
    try {
      const saved = latest ? await api<InformationLetter>(`${base}/${latest.id}`, { method: 'PATCH', body: form }) : await api<InformationLetter>(base, { method: 'POST', body: { language, ...form } });
      setPreview(saved.html);
      setMessage(t('common.saved'));
      letters.reload();
    } catch (err) {
      if (err instanceof ApiError) setError(err);
    }
  };
  const publish = async () => {
    if (!publishing) return;
    await api(`${base}/${publishing.id}/publish`, { method: 'POST' });
    setPublishing(null);
    setForm(null);
    letters.reload();
  };
  const dateOf = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'nb-NO');

  return (
    <section aria-labelledby="letters-heading" className="section" data-testid="letter-editor">
      <Heading level={2} data-size="sm" id="letters-heading">{t('consent.lettersTitle')}</Heading>
      <StatusMessage message={message} />
      <SelectField id="letter-language" label={t('consent.language')} value={language} onChange={(v) => { setLanguage(v as typeof language); setForm(null); }}>
        {languages.map((l) => <option key={l} value={l}>{t(`lang.${l}`)}</option>)}
      </SelectField>
      {versions.length === 0 ? <Paragraph>{t('consent.noLetters')}</Paragraph> : (
        <ul className="plain-list">
          {versions.map((v) => (
            <li key={v.id}>
              {t('consent.version', { version: v.version })} – {v.title}{' '}
              {v.publishedAt ? <Tag data-color="success">{t('consent.published', { date: dateOf(v.publishedAt) })}</Tag> : <Tag data-color="warning">{t('consent.draft')}</Tag>}
              {!v.publishedAt && !readOnly ? <Button variant="tertiary" data-size="sm" onClick={() => setPublishing(v)}>{t('consent.publish')}</Button> : null}
            </li>
          ))}
        </ul>
      )}
      <Paragraph data-size="sm">{t('consent.publishedNote')}</Paragraph>
      {!readOnly && !form ? <Button variant="secondary" onClick={startEditing}>{latest && !latest.publishedAt ? t('common.edit') : t('consent.newDraft')}</Button> : null}
      {form ? (
        <Card className="form-card">
          <form onSubmit={save}>
            <Textfield label={t('consent.letterTitle')} value={form.title} onChange={(e) => setForm({ ...form, title: e.target.value })} error={error?.forField('title')} required />
            <Label htmlFor="letter-body">{t('consent.letterBody')}</Label>
            <Textarea id="letter-body" rows={14} value={form.body} onChange={(e) => setForm({ ...form, body: e.target.value })} />
            <Fieldset>
              <Fieldset.Legend>{t('consent.purposesAsked')}</Fieldset.Legend>
              {purposes.map((p) => (
                <Checkbox key={p.key} label={p.label[(i18n.language as 'nb') ?? 'nb'] ?? p.label.nb} value={p.key} checked={form.purposeKeys.includes(p.key)}
                  onChange={(e) => setForm({ ...form, purposeKeys: e.target.checked ? [...form.purposeKeys, p.key] : form.purposeKeys.filter((k) => k !== p.key) })} />
              ))}
              {error?.forField('purposeKeys') ? <Paragraph role="alert">{error.forField('purposeKeys')}</Paragraph> : null}
            </Fieldset>
            <Fieldset>
              <Fieldset.Legend>{t('consent.withdrawalChoice')}</Fieldset.Legend>
              {choices.map((c) => <Radio key={c} name="withdrawal-choice" label={t(`consent.choice.${c}`)} value={c} checked={form.withdrawalChoice === c} onChange={() => setForm({ ...form, withdrawalChoice: c })} />)}
            </Fieldset>
            <div className="button-row">
              <Button type="submit">{t('common.save')}</Button>
              <Button variant="tertiary" onClick={() => setForm(null)}>{t('common.cancel')}</Button>
            </div>
          </form>
          {preview ? (
            <>
              <Heading level={3} data-size="xs">{t('consent.preview')}</Heading>
              {/* Rendered on the server with raw HTML disabled. */}
              <div className="letter-preview" lang={language} dangerouslySetInnerHTML={{ __html: preview }} />
            </>
          ) : null}
        </Card>
      ) : null}
      <ConfirmDialog open={publishing !== null} title={t('consent.publish')} message={publishing ? t('consent.confirmPublish', { version: publishing.version }) : ''}
        confirmLabel={t('consent.publish')} onConfirm={publish} onClose={() => setPublishing(null)} />
    </section>
  );
}
