import { useCallback, useRef, useState } from 'react';

export interface Action {
  busy: boolean;
  /** Whatever the last run threw, for ErrorAlert; null while running or after a success. */
  error: unknown;
  setError: (error: unknown) => void;
  run: (work: () => Promise<void>) => Promise<void>;
}

/**
 * Every button and form that calls the server needs the same bookkeeping: lock while the request is out, show
 * what went wrong, and never send it twice. The guard is a ref, not state: a double click arrives before React
 * has re-rendered with `busy` set.
 */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const inFlight = useRef(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e);
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
