import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from './menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [...(item.role === undefined ? [] : [item.role]), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);
}

describe('applicationMenuTemplate', () => {
  it.each(['linux', 'win32', 'darwin'] as const)('has no DevTools or reload in production on %s', (platform) => {
    const production = roles(applicationMenuTemplate({ development: false, platform, locale: 'vi' }));
    expect(production).not.toContain('toggleDevTools');
    expect(production).not.toContain('reload');
    expect(production).not.toContain('forceReload');
    expect(production).toContain('editMenu');
  });

  it('offers DevTools and reload only in development', () => {
    expect(roles(applicationMenuTemplate({ development: true, platform: 'linux', locale: 'vi' }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload', 'forceReload']));
  });

  it('uses the macOS app menu on macOS and a File > Quit menu elsewhere', () => {
    expect(roles(applicationMenuTemplate({ development: false, platform: 'darwin', locale: 'vi' }))[0]).toBe('appMenu');
    expect(roles(applicationMenuTemplate({ development: false, platform: 'linux', locale: 'vi' }))[0]).toBe('quit');
  });

  it('labels its own menus in Vietnamese unless the OS speaks English', () => {
    const labels = (locale: string) => applicationMenuTemplate({ development: false, platform: 'linux', locale }).map((item) => item.label).filter(Boolean);
    expect(labels('vi')).toEqual(['Tệp', 'Xem']);
    expect(labels('fr-FR')).toEqual(['Tệp', 'Xem']);
    expect(labels('en-US')).toEqual(['File', 'View']);
  });
});
