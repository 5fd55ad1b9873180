import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { ApiError } from '../../api.js';

/** A failed change: the server's message and each field's message, announced to screen readers. */
export function ProblemAlert({ error }: { error: unknown }) {
  if (!error) return null;
  const e = error instanceof ApiError ? error : new ApiError(0, String(error));
  return (
    <Alert data-color="danger" role="alert">
      <Paragraph>{e.detail}</Paragraph>
      {e.fieldErrors.length ? <ul>{e.fieldErrors.map((f) => <li key={f.path}>{f.message}</li>)}</ul> : null}
    </Alert>
  );
}
