import { useEffect, useState } from 'react';

/** After this long, a wait is long enough to say that the page is still on it. */
export const STILL_WORKING_AFTER_MS = 2000;

/** True once `busy` has lasted STILL_WORKING_AFTER_MS; false again as soon as it ends. */
export function useStillWorking(busy: boolean): boolean {
  const [long, setLong] = useState(false);
  useEffect(() => {
    if (!busy) {
      setLong(false);
      return;
    }
    const timer = setTimeout(() => setLong(true), STILL_WORKING_AFTER_MS);
    return () => clearTimeout(timer);
  }, [busy]);
  return busy && long;
}
