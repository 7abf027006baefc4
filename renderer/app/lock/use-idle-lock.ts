import { useEffect } from 'react';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Calls `onIdle` after `minutes` without keyboard, pointer or scroll input in
 * this window. The timer is re-armed at most once a second, so moving the
 * mouse costs nothing.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  useEffect(() => {
    const ms = minutes * 60_000;
    let timer = window.setTimeout(onIdle, ms);
    let armedAt = Date.now();
    const activity = () => {
      const now = Date.now();
      if (now - armedAt < 1_000) return;
      armedAt = now;
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, ms);
    };
    for (const type of ACTIVITY) window.addEventListener(type, activity, { passive: true, capture: true });
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, activity, { capture: true });
    };
  }, [minutes, onIdle]);
}
