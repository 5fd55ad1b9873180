import { Alert, Paragraph } from '@digdir/designsystemet-react';

/** A polite live region that is always in the page, so screen readers announce the success message put into it. */
export function StatusMessage({ message }: { message: string | null | undefined }) {
  return (
    <div role="status" className="status-region">
      {message ? (
        <Alert data-color="success">
          <Paragraph>{message}</Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
