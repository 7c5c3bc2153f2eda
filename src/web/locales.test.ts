import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import da from './locales/da.json';
import en from './locales/en.json';

const srcRoot = path.resolve(import.meta.dirname, '..');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

/** Every .tsx file of the SPA: the shell and each domain's web/ folder. */
function webFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx')) {
        const relative = path.relative(srcRoot, full).split(path.sep);
        if (relative[0] === 'web' || relative.includes('web')) found.push(full);
      }
    }
  };
  walk(srcRoot);
  return found;
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
}

function visit(node: ts.Node, fn: (node: ts.Node) => void) {
  fn(node);
  node.forEachChild((child) => visit(child, fn));
}

const daKeys = new Set(flatten(da as Tree));

function exists(namespace: string, key: string): boolean {
  const full = `${namespace}.${key}`;
  return daKeys.has(full) || daKeys.has(`${full}_one`) || daKeys.has(`${full}_other`);
}

describe('locales', () => {
  it('has the same keys in Danish and English', () => {
    expect(flatten(en as Tree).sort()).toEqual(flatten(da as Tree).sort());
  });

  it('has no empty texts', () => {
    const empty = (tree: Tree) =>
      flatten(tree).filter((key) => {
        const value = key.split('.').reduce<Tree | string>((node, part) => (node as Tree)[part], tree);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(da as Tree)).toEqual([]);
    expect(empty(en as Tree)).toEqual([]);
  });

  it('has every key that web code passes to t()', () => {
    const files = webFiles();
    expect(files.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const file of files) {
      const source = parse(file);
      const namespaces = new Set<string>();
      visit(source, (node) => {
        if (
          ts.isCallExpression(node) &&
          ts.isIdentifier(node.expression) &&
          node.expression.text === 'useTranslation' &&
          node.arguments[0] &&
          ts.isStringLiteral(node.arguments[0])
        )
          namespaces.add(node.arguments[0].text);
      });
      if (namespaces.size === 0 || [...namespaces].every((ns) => ns !== 'shell')) namespaces.add('shell');
      visit(source, (node) => {
        if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 't') return;
        const arg = node.arguments[0];
        if (!arg || !ts.isStringLiteral(arg)) return;
        const [explicitNs, key] = arg.text.includes(':') ? arg.text.split(':') : [null, arg.text];
        const ok = explicitNs ? exists(explicitNs, key) : [...namespaces].some((ns) => exists(ns, key));
        if (!ok) missing.push(`${path.relative(srcRoot, file)}: ${arg.text}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('has no hard-coded text in web components (JSX text or text attributes)', () => {
    const textAttributes = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'heading', 'lead']);
    const found: string[] = [];
    for (const file of webFiles()) {
      const source = parse(file);
      visit(source, (node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text))
          found.push(`${path.relative(srcRoot, file)}: "${node.text.trim()}"`);
        if (
          ts.isJsxAttribute(node) &&
          textAttributes.has(node.name.getText(source)) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        )
          found.push(`${path.relative(srcRoot, file)}: ${node.name.getText(source)}="${node.initializer.text}"`);
      });
    }
    expect(found).toEqual([]);
  });
});
