import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorSummary, Paragraph } from '@digdir/designsystemet-react';
import type { ApiError } from '../api.js';

interface Props {
  error: ApiError | null | undefined;
  /** Inputs have ids `${formId}-${path}`; the summary links to them. */
  formId: string;
  /** Field labels by path, to say which field each message is about. */
  labels: Record<string, string>;
  headingLevel?: 2 | 3;
}

/** After a failed submit: an ErrorSummary of the field problems (it takes focus), or the problem's detail. */
export function FormErrors({ error, formId, labels, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error.fieldErrors.length === 0)
    return (
      <Alert data-color="danger" role="alert" className="form-errors">
        <Paragraph>{error.detail}</Paragraph>
      </Alert>
    );
  const focusField = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: 'center' });
    target.focus();
  };
  return (
    <ErrorSummary className="form-errors">
      <ErrorSummary.Heading level={headingLevel} data-size="xs">
        {t('errors.summaryTitle')}
      </ErrorSummary.Heading>
      <ErrorSummary.List>
        {error.fieldErrors.map((problem) => {
          const field = problem.path.split('.')[0];
          const id = `${formId}-${field}`;
          return (
            <ErrorSummary.Item key={`${problem.path}:${problem.message}`}>
              <ErrorSummary.Link href={`#${id}`} onClick={(e) => focusField(e, id)}>
                {labels[field] ? `${labels[field]}: ${problem.message}` : problem.message}
              </ErrorSummary.Link>
            </ErrorSummary.Item>
          );
        })}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
