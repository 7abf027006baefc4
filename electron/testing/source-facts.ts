/**
 * Tests only: what a source file does, read from its syntax tree rather than its
 * text, so a comment that names `file://` or `console.log` is not a finding and a
 * call split over lines is still one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface SourceFacts {
  /** Project-relative path, with forward slashes. */
  readonly file: string;
  /** Callee of every call, as written without whitespace: `console.error`, `shell.openExternal`. */
  readonly calls: readonly string[];
  /** Class of every `new`: `BrowserWindow`. */
  readonly constructed: readonly string[];
  /** Every `name: value` in an object literal, value as written without whitespace. */
  readonly properties: readonly (readonly [string, string])[];
  /** Every string and template literal's text. */
  readonly strings: readonly string[];
  /** Every module specifier imported or re-exported. */
  readonly imports: readonly string[];
  /** Every JSX tag name. */
  readonly jsxTags: readonly string[];
}

const compact = (node: ts.Node, source: ts.SourceFile): string => node.getText(source).replace(/\s+/g, '');

export function sourceFacts(path: string): SourceFacts {
  const text = readFileSync(path, 'utf8');
  const kind = path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  const facts = { calls: [] as string[], constructed: [] as string[], properties: [] as [string, string][], strings: [] as string[], imports: [] as string[], jsxTags: [] as string[] };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) facts.calls.push(compact(node.expression, source));
    else if (ts.isNewExpression(node)) facts.constructed.push(compact(node.expression, source));
    else if (ts.isPropertyAssignment(node)) facts.properties.push([node.name.getText(source).replace(/^['"]|['"]$/g, ''), compact(node.initializer, source)]);
    else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) facts.strings.push(node.text);
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) facts.imports.push(node.moduleSpecifier.text);
    if (ts.isJsxOpeningElement(node) || ts.isJsxSelfClosingElement(node)) facts.jsxTags.push(node.tagName.getText(source));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file: relative(PROJECT_ROOT, path).split('\\').join('/'), ...facts };
}

const isTestOnly = (name: string): boolean => /\.(test|fake)\.tsx?$/.test(name) || name === 'testing' || name === 'test-support.ts' || name.endsWith('.d.ts');

/** The shipped source files (.ts, .tsx) under a project folder: no tests, fakes or test helpers. */
export function shippedSources(folder: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (isTestOnly(entry.name) || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) found.push(path);
    }
  };
  walk(join(PROJECT_ROOT, folder));
  return found.sort();
}
