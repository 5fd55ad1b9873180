import { useState, type FormEvent } from 'react';
import { ApiError } from '../api.js';
import i18n from '../i18n.js';

/**
 * Submitting a staff-app form: busy while saving, and any failure kept as an ApiError to show
 * beside the fields (problem+json from the server, a network failure, or — never silently — a bug).
 * `save` may throw an ApiError itself for a check made before calling the server.
 */
export function useFormSubmit(save: () => Promise<void>) {
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    setBusy(true);
    try {
      await save();
    } catch (err) {
      if (err instanceof ApiError) setError(err);
      else {
        console.error(err);
        setError(new ApiError(0, i18n.t('errors.internal')));
      }
    } finally {
      setBusy(false);
    }
  };
  return { submit, error, busy };
}
