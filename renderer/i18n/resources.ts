/**
 * Locale text: the base files (`locales/vi.json`, `locales/en.json`) plus one
 * folder per area (`locales/<area>/vi.json`), merged at build time. Areas keep
 * their keys under their own top-level name, so a duplicate key is a bug: it throws.
 */
export type LocaleTree = { [key: string]: string | LocaleTree };

const viFiles = import.meta.glob<LocaleTree>('./locales/**/vi.json', { eager: true, import: 'default' });
const enFiles = import.meta.glob<LocaleTree>('./locales/**/en.json', { eager: true, import: 'default' });

export function mergeLocaleTrees(trees: readonly LocaleTree[], path = ''): LocaleTree {
  const merged: LocaleTree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = merged[key];
      if (existing === undefined) merged[key] = value;
      else if (typeof existing === 'object' && typeof value === 'object') merged[key] = mergeLocaleTrees([existing, value], `${path}${key}.`);
      else throw new Error(`Duplicate locale key ${path}${key}`);
    }
  }
  return merged;
}

const inPathOrder = (files: Record<string, LocaleTree>): LocaleTree[] =>
  Object.keys(files).sort().map((path) => files[path] ?? {});

export const viText: LocaleTree = mergeLocaleTrees(inPathOrder(viFiles));
export const enText: LocaleTree = mergeLocaleTrees(inPathOrder(enFiles));
