import { useCallback, useEffect, useRef } from 'react';

/**
 * Typing is committed after a short pause, and at once on blur or unmount, so
 * leaving a field (or the screen) never leaves keystrokes unsaved.
 */
export function useDebouncedCommit<T>(commit: (value: T) => void, delayMs = 400) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ value: T } | undefined>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  }, [commit]);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (next) commitRef.current(next.value);
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => flush, [flush]);
  return { schedule, flush };
}
