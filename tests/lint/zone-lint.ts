import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/**
 * Lints snippets as if they lived in a zone. The files need not exist:
 * type information is switched off for them, the zone rules are not.
 */
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: [
    {
      files: ['**/__zone_fixture__.ts', '**/__zone_fixture__.tsx'],
      ...tseslint.configs.disableTypeChecked,
      languageOptions: { parserOptions: { projectService: false, project: null } },
    },
  ],
});

/** The zone (no-restricted-imports) messages for `code` linted as `filePath`. */
export async function zoneErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((message) => message.message);
}
