import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, Heading, Label, Paragraph, Tag, Textarea, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { SelectField } from '../../components/SelectField.js';
import type { AuthoredDocument } from './course-types.js';

interface Props {
  doc: AuthoredDocument;
  version: AuthoredDocument['versions'][number] | undefined;
  editable: boolean;
  base: string;
  onChange(next: AuthoredDocument): void;
  run(action: () => Promise<unknown>, then?: () => void): Promise<void>;
}

/** The text the reader has selected on the page (a passage to comment on or change), or ''. */
const selection = () => (typeof window === 'undefined' ? '' : window.getSelection()?.toString().trim() ?? '');

/** Comments (on a passage, or the whole document) and suggested changes with the owner's accept/reject. */
export function DocumentReview({ doc, version, editable, base, onChange, run }: Props) {
  const { t } = useTranslation();
  const [comment, setComment] = useState({ passage: '', body: '' });
  const [suggestion, setSuggestion] = useState({ kind: 'replace', passage: '', text: '' });
  const numberOf = new Map(doc.versions.map((v) => [v.id, v.number]));
  const written = doc.form === 'written';
  const post = (path: string, body?: unknown) => api<AuthoredDocument>(`${base}${path}`, { method: 'POST', body });
  const who = (author: string, code: string | null) => `${author}${code ? ` (${t('documents.review.forParticipant', { code })})` : ''}`;

  return (
    <>
      <Card data-testid="document-comments">
        <Heading level={3} data-size="xs">{t('documents.review.comments')}</Heading>
        {doc.comments.length === 0 ? <Paragraph>{t('documents.review.noComments')}</Paragraph> : (
          <ul className="plain-list">
            {doc.comments.map((c) => (
              <li key={c.id}>
                <span>
                  {c.passage ? <q>{c.passage}</q> : <em>{t('documents.review.wholeDocument')}</em>} {c.body}
                  <br /><small>{who(c.author, c.participantCode)} · {t('documents.review.onVersion', { number: numberOf.get(c.versionId) ?? '?' })}{c.resolved ? ` · ${t('documents.review.resolved')}` : ''}</small>
                </span>
                {editable ? (
                  <Button variant="tertiary" data-size="sm" onClick={() => run(async () => onChange(await api<AuthoredDocument>(`${base}/comments/${c.id}`, { method: 'PATCH', body: { resolved: !c.resolved } })), () => {})}>
                    {c.resolved ? t('documents.review.reopen') : t('documents.review.resolve')}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        )}
        {editable && version ? (
          <form className="form-card" onSubmit={(e) => { e.preventDefault(); run(async () => { onChange(await post('/comments', { versionId: version.id, passage: comment.passage || undefined, body: comment.body })); setComment({ passage: '', body: '' }); }, () => {}); }}>
            {written ? (
              <div className="inline-form">
                <Textfield id="comment-passage" className="grow" label={t('documents.review.passage')} description={t('documents.review.passageHelp')} value={comment.passage} onChange={(e) => setComment({ ...comment, passage: e.target.value })} />
                <Button type="button" variant="secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => setComment((c) => ({ ...c, passage: selection() || c.passage }))}>{t('documents.review.useSelection')}</Button>
              </div>
            ) : null}
            <Label htmlFor="comment-body">{t('documents.review.comment')}</Label>
            <Textarea id="comment-body" rows={3} required value={comment.body} onChange={(e) => setComment({ ...comment, body: e.target.value })} />
            <div className="button-row"><Button type="submit" disabled={!comment.body.trim()}>{t('documents.review.addComment')}</Button></div>
          </form>
        ) : null}
      </Card>

      {written ? (
        <Card data-testid="document-suggestions">
          <Heading level={3} data-size="xs">{t('documents.review.suggestions')}</Heading>
          {doc.suggestions.length === 0 ? <Paragraph>{t('documents.review.noSuggestions')}</Paragraph> : (
            <ul className="plain-list">
              {doc.suggestions.map((s) => (
                <li key={s.id}>
                  <span>
                    <Tag data-color={s.state === 'open' ? 'warning' : s.state === 'accepted' ? 'success' : 'neutral'}>{t(`documents.review.states.${s.state}`)}</Tag>{' '}
                    {t(`documents.review.kinds.${s.kind}`)}: <q>{s.passage}</q>{s.kind !== 'delete' ? <> → <q>{s.text}</q></> : null}
                    <br /><small>{who(s.author, s.participantCode)} · {t('documents.review.onVersion', { number: numberOf.get(s.versionId) ?? '?' })}</small>
                  </span>
                  {s.state === 'open' && doc.may.decide && editable ? (
                    <span>
                      <Button data-size="sm" aria-label={`${t('documents.review.accept')}: ${s.passage}`} onClick={() => run(async () => onChange(await post(`/suggestions/${s.id}/accept`)), () => {})}>{t('documents.review.accept')}</Button>
                      <Button data-size="sm" variant="tertiary" aria-label={`${t('documents.review.reject')}: ${s.passage}`} onClick={() => run(async () => onChange(await post(`/suggestions/${s.id}/reject`)), () => {})}>{t('documents.review.reject')}</Button>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          {editable && version ? (
            <form className="form-card" onSubmit={(e) => { e.preventDefault(); run(async () => { onChange(await post('/suggestions', { versionId: version.id, kind: suggestion.kind, passage: suggestion.passage, text: suggestion.kind === 'delete' ? undefined : suggestion.text })); setSuggestion({ kind: 'replace', passage: '', text: '' }); }, () => {}); }}>
              <Heading level={4} data-size="2xs">{t('documents.review.suggest')}</Heading>
              <SelectField id="suggestion-kind" label={t('documents.review.kind')} value={suggestion.kind} onChange={(kind) => setSuggestion({ ...suggestion, kind })}>
                {(['replace', 'insert', 'delete'] as const).map((k) => <option key={k} value={k}>{t(`documents.review.kinds.${k}`)}</option>)}
              </SelectField>
              <div className="inline-form">
                <Textfield id="suggestion-passage" className="grow" label={t('documents.review.suggestionPassage')} required value={suggestion.passage} onChange={(e) => setSuggestion({ ...suggestion, passage: e.target.value })} />
                <Button type="button" variant="secondary" onMouseDown={(e) => e.preventDefault()} onClick={() => setSuggestion((s) => ({ ...s, passage: selection() || s.passage }))}>{t('documents.review.useSelection')}</Button>
              </div>
              {suggestion.kind !== 'delete' ? <Textfield id="suggestion-text" label={t('documents.review.suggestionText')} value={suggestion.text} onChange={(e) => setSuggestion({ ...suggestion, text: e.target.value })} /> : null}
              <div className="button-row"><Button type="submit" disabled={!suggestion.passage}>{t('documents.review.suggest')}</Button></div>
            </form>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
