import type { MenuItemConstructorOptions } from 'electron';

export interface MenuSettings {
  /** Production builds get no DevTools or reload: both would bypass the app's own flow. */
  readonly development: boolean;
  readonly platform: NodeJS.Platform;
  /** The OS locale (`app.getLocale()`): labels are Vietnamese unless it is English. */
  readonly locale: string;
}

/** Our own menu labels; items with a `role` get the OS's translated labels. */
const LABELS = {
  vi: { file: 'Tệp', view: 'Xem' },
  en: { file: 'File', view: 'View' },
} as const;

export function menuLabels(locale: string): (typeof LABELS)[keyof typeof LABELS] {
  return locale.toLowerCase().startsWith('en') ? LABELS.en : LABELS.vi;
}

/** A minimal menu: editing shortcuts must work in text fields, little else is needed. */
export function applicationMenuTemplate({ development, platform, locale }: MenuSettings): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (development) view.unshift({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  const labels = menuLabels(locale);
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : [{ label: labels.file, submenu: [{ role: 'quit' } as const] }]),
    { role: 'editMenu' },
    { label: labels.view, submenu: view },
    { role: 'windowMenu' },
  ];
}
