import { useState } from 'react';

/**
 * A change made from an activity section: the last error is cleared, the call made, and then what it
 * changed is reloaded; a failure is kept (as thrown) for the section's ProblemAlert.
 */
export function useSectionAction(reload: () => void = () => {}) {
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<unknown>, then: () => void = reload) => {
    setError(null);
    try { await action(); then(); } catch (e) { setError(e); }
  };
  return { error, run };
}
