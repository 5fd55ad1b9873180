import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api, ApiError } from '../api.js';
import type { ConsentPurpose } from '../consent-types.js';

/** The purposes consent is asked for (key + label in nb, nn, en). */
export function ConsentPurposes({ programmeId, purposes, onChanged, readOnly }: { programmeId: string; purposes: ConsentPurpose[]; onChanged(): void; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ key: '', nb: '', nn: '', en: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await api(`/programmes/${programmeId}/consent-purposes`, { method: 'POST', body: { key: form.key, label: { nb: form.nb, nn: form.nn, en: form.en } } });
      setForm({ key: '', nb: '', nn: '', en: '' });
      onChanged();
    } catch (err) {
      if (err instanceof ApiError) setError(err);
    }
  };
  const field = (name: 'key' | 'nb' | 'nn' | 'en', label: string) => (
    <Textfield label={label} value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} error={error?.forField(name === 'key' ? 'key' : `label.${name}`)} required />
  );
  return (
    <section aria-labelledby="purposes-heading" className="section">
      <Heading level={2} data-size="sm" id="purposes-heading">{t('consent.purposesTitle')}</Heading>
      {purposes.length === 0 ? <Paragraph>{t('consent.noPurposes')}</Paragraph> : (
        <ul className="plain-list">{purposes.map((p) => <li key={p.id}><code>{p.key}</code> – {p.label[i18n.language as 'nb'] ?? p.label.nb}</li>)}</ul>
      )}
      {!readOnly ? (
        <Card className="form-card">
          <form onSubmit={add}>
            {field('key', t('consent.purposeKey'))}
            {field('nb', t('consent.labelNb'))}
            {field('nn', t('consent.labelNn'))}
            {field('en', t('consent.labelEn'))}
            {error && !error.fieldErrors.length ? <Paragraph role="alert">{error.detail}</Paragraph> : null}
            <Button type="submit">{t('consent.addPurpose')}</Button>
          </form>
        </Card>
      ) : null}
    </section>
  );
}
