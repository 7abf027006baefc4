import type { MenuItemConstructorOptions } from 'electron';

export interface MenuSettings {
  /** Production builds get no DevTools or reload: both would bypass the app's own flow. */
  readonly development: boolean;
  readonly platform: NodeJS.Platform;
}

/** A minimal menu: editing shortcuts must work in text fields, little else is needed. */
export function applicationMenuTemplate({ development, platform }: MenuSettings): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }];
  if (development) view.unshift({ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' });
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : [{ label: 'File', submenu: [{ role: 'quit' } as const] }]),
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
  ];
}
