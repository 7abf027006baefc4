import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 15_000;

/**
 * Calls `onIdle` once `minutes` have passed without keyboard, pointer or
 * scroll input in this window. Time is the wall clock, checked every 15 s and
 * whenever the window comes back into view: timers stand still while a laptop
 * sleeps, so a lid closed for an hour must lock on opening, not ten minutes later.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    const limit = minutes * 60_000;
    let lastActivity = Date.now();
    const activity = () => {
      lastActivity = Date.now();
    };
    const check = () => {
      if (Date.now() - lastActivity >= limit) onIdle();
    };
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    for (const type of ACTIVITY) window.addEventListener(type, activity, { passive: true, capture: true });
    document.addEventListener('visibilitychange', check);
    window.addEventListener('focus', check);
    return () => {
      window.clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, activity, { capture: true });
      document.removeEventListener('visibilitychange', check);
      window.removeEventListener('focus', check);
    };
  }, [minutes, onIdle]);
}
