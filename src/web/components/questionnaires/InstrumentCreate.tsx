import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { api } from '../../api.js';
import { useApi } from '../../hooks/useApi.js';
import { useFormSubmit } from '../../hooks/useFormSubmit.js';
import { FormButtons } from '../FormButtons.js';
import { FormErrors } from '../FormErrors.js';
import { SelectField } from '../SelectField.js';
import { useInstruments, type InstrumentSummary } from './useInstruments.js';

interface TemplateSummary {
  key: string;
  kind: 'seed' | 'licensed';
  title: { nb?: string; nn?: string; en?: string };
  wordingRequired: boolean;
  itemCount: number;
  scaleCount: number;
}

/** New instruments: blank with a title, or from one of the shipped templates; both open in the builder. */
export function InstrumentCreate() {
  const { t } = useTranslation();
  const { api: base, app, text } = useInstruments();
  const navigate = useNavigate();
  const templates = useApi<TemplateSummary[]>(`${base}/instrument-templates`);
  const [title, setTitle] = useState('');
  const [templateKey, setTemplateKey] = useState('');
  const open = (created: InstrumentSummary) => navigate(`${app}/instruments/${created.id}/draft`);
  const blank = useFormSubmit(async () => open(await api<InstrumentSummary>(`${base}/instruments`, { method: 'POST', body: { title } })));
  const fromTemplate = useFormSubmit(async () => open(await api<InstrumentSummary>(`${base}/instruments`, { method: 'POST', body: { templateKey } })));
  const chosen = templates.data?.find((x) => x.key === templateKey);
  return (
    <div className="group-grid section">
      <Card data-color="neutral">
        <form onSubmit={blank.submit} className="form-grid" id="new-instrument" data-testid="new-instrument">
          <Heading level={2} data-size="xs">{t('questionnaires.builder.create.blankHeading')}</Heading>
          <FormErrors error={blank.error} formId="new-instrument" labels={{ title: t('questionnaires.builder.create.titleLabel') }} headingLevel={3} />
          <Textfield id="new-instrument-title" label={t('questionnaires.builder.create.titleLabel')} value={title} required onChange={(e) => setTitle(e.target.value)} error={blank.error?.forField('title')} />
          <FormButtons submitLabel={t('questionnaires.builder.create.createBlank')} busy={blank.busy} />
        </form>
      </Card>
      <Card data-color="neutral">
        <form onSubmit={fromTemplate.submit} className="form-grid" id="from-template" data-testid="from-template">
          <Heading level={2} data-size="xs">{t('questionnaires.builder.create.templateHeading')}</Heading>
          <FormErrors error={fromTemplate.error} formId="from-template" labels={{ templateKey: t('questionnaires.builder.create.templateLabel') }} headingLevel={3} />
          <SelectField id="from-template-templateKey" label={t('questionnaires.builder.create.templateLabel')} value={templateKey} onChange={setTemplateKey} required data-testid="template-select">
            <option value="">{t('questionnaires.builder.create.templateChoose')}</option>
            {(templates.data ?? []).map((x) => (
              <option key={x.key} value={x.key}>{text(x.title)}</option>
            ))}
          </SelectField>
          {chosen ? (
            <Paragraph data-size="sm">
              {t('questionnaires.builder.create.items', { items: chosen.itemCount, scales: chosen.scaleCount })}
              {chosen.wordingRequired ? ` ${t('questionnaires.builder.create.licensed')}` : ''}
            </Paragraph>
          ) : null}
          <FormButtons submitLabel={t('questionnaires.builder.create.createFromTemplate')} busy={fromTemplate.busy} />
        </form>
      </Card>
    </div>
  );
}
