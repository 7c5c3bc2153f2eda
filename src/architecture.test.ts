/**
 * Guards the layout rules of docs/architecture.md: web code imports only web code and pure models, models do no
 * I/O, domains import only the ones before them, and there are no import cycles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const srcRoot = path.resolve(__dirname);
/** Domains in dependency order; a domain may import the ones before it (and the platform), never after. */
const domainOrder = [
  ['platform'],
  ['organisations'],
  ['frameworks'],
  ['studies'],
  ['coding'],
  ['analysis'],
  ['curriculum'],
  ['seminars', 'catalogue'],
  ['paths', 'recruitment'],
];
const rank = new Map(domainOrder.flatMap((names, i) => names.map((n) => [n, i] as const)));
const serverOnlyPackages = [
  'drizzle-orm',
  'pg',
  'pg-boss',
  '@electric-sql/pglite',
  'hono',
  '@hono/',
  'nodemailer',
  '@node-rs/',
];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
  resolved: string | null;
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: Import[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) {
    const specifier = match[3] ?? match[4];
    const typeOnly = Boolean(match[2]);
    let resolved: string | null = null;
    if (specifier.startsWith('.')) {
      const base = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '');
      resolved =
        ['.ts', '.tsx', '/index.ts', '']
          .map((ext) => base + ext)
          .find((p) => fs.existsSync(p) && fs.statSync(p).isFile()) ?? base;
    }
    found.push({ specifier, typeOnly, resolved });
  }
  return found;
}

const relative = (file: string) => path.relative(srcRoot, file);
const isWeb = (file: string) => relative(file).split(path.sep).includes('web');
const isModel = (file: string) => file.endsWith('.model.ts');
const isTestSupport = (file: string) =>
  relative(file).split(path.sep).includes('testing') || file.endsWith('.test-fixtures.ts');
const domainOf = (file: string) => relative(file).split(path.sep)[0];

const files = sourceFiles(srcRoot);
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('architecture rules', () => {
  it('web code imports only web code, pure models, locale files and browser packages', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      if (!isWeb(file)) continue;
      for (const imp of imports) {
        if (imp.resolved) {
          const ok = isWeb(imp.resolved) || isModel(imp.resolved) || imp.resolved.endsWith('.json');
          if (!ok) violations.push(`${relative(file)} → ${imp.specifier}`);
        } else if (imp.specifier.startsWith('node:') || serverOnlyPackages.some((p) => imp.specifier.startsWith(p))) {
          violations.push(`${relative(file)} → ${imp.specifier} (server-only)`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('model files are pure: they import only other models and no I/O packages', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      if (!isModel(file)) continue;
      for (const imp of imports) {
        const bad = imp.resolved
          ? !isModel(imp.resolved) && !imp.typeOnly
          : imp.specifier.startsWith('node:') || serverOnlyPackages.some((p) => imp.specifier.startsWith(p));
        if (bad) violations.push(`${relative(file)} → ${imp.specifier}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('domains import only the platform and the domains before them', () => {
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      const from = rank.get(domainOf(file));
      if (from === undefined) continue; // composition root (server.ts, cli.ts, modules.ts, schema.ts) and web shell
      if (isTestSupport(file)) continue; // test helpers may build the whole app
      for (const imp of imports) {
        if (!imp.resolved?.startsWith(srcRoot)) continue;
        if (isWeb(file) && isWeb(imp.resolved)) continue; // pages may use the SPA shell (src/web)
        const to = rank.get(domainOf(imp.resolved));
        if (to === undefined) {
          if (!imp.typeOnly) violations.push(`${relative(file)} → ${imp.specifier} (outside the domains)`);
        } else if (to > from) violations.push(`${relative(file)} → ${imp.specifier} (a later domain)`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('every domain folder is a known domain', () => {
    const folders = fs
      .readdirSync(srcRoot, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'web')
      .map((e) => e.name);
    expect(folders.filter((f) => !rank.has(f))).toEqual([]);
  });

  it('has no import cycles between value imports', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'visiting');
      stack.push(file);
      for (const imp of graph.get(file) ?? []) {
        if (imp.typeOnly || !imp.resolved || !graph.has(imp.resolved)) continue;
        const s = state.get(imp.resolved);
        if (s === 'visiting')
          cycles.push([...stack.slice(stack.indexOf(imp.resolved)), imp.resolved].map(relative).join(' → '));
        else if (!s) visit(imp.resolved);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
