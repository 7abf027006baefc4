/** Where the HQ workspace remembers the chosen language (it has no field database). */
export const HQ_LOCALE_KEY = 'ik.hq.locale';
