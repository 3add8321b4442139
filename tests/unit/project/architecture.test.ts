import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Layers, lowest first (docs/ARCHITECTURE.md explains each). A module may import its own group and any
 * group of a LOWER layer; never a group of its own layer or above. Type-only imports count too: a type that
 * two layers share belongs in the lower one.
 */
export const LAYERS: string[][] = [
  ['lib/hazards', 'assets'],
  ['lib/identifiers', 'lib/report-endpoint'],
  ['lib/hosts', 'lib/settings'],
  ['lib/sites'],
  ['lib/matching'],
  ['lib/i18n'],
  ['lib/feed'],
  ['lib/core'],
  ['lib/sync', 'lib/reports'],
  ['lib/messaging'],
  ['lib/background', 'lib/ui'],
  ['lib/content'],
  ['lib/cli', 'components', 'intake'],
  ['entrypoints'],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints', 'intake'];

function sourceFiles(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** `lib/matching/decide.ts` → `lib/matching`; `lib/hosts.ts` → `lib/hosts`; `components/x/y.tsx` → `components`. */
function groupOf(file: string): string {
  const parts = relative(root, file)
    .replace(/\.tsx?$/, '')
    .split('/');
  return parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0];
}

function resolveImport(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Every relative import, export-from and dynamic import of a file, type-only ones included. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/^\s*(?:import|export)\s[^;]*?\sfrom\s+['"](\.[^'"]+)['"]/gms),
    ...text.matchAll(/^\s*import\s+['"](\.[^'"]+)['"]/gm),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return specs.map((spec) => resolveImport(file, spec)).filter((p): p is string => !!p && !p.includes('node_modules'));
}

const files = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(root, dir)));
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const layerOf = new Map(LAYERS.flatMap((groups, rank) => groups.map((group) => [group, rank] as const)));

describe('architecture', () => {
  it('every source group has a layer', () => {
    const unplaced = [...new Set(files.map(groupOf))].filter((group) => !layerOf.has(group));
    expect(unplaced).toEqual([]);
  });

  it('no import runs up a layer or across groups of one layer', () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      const from = groupOf(file);
      for (const target of targets) {
        const to = groupOf(target);
        if (from === to) continue;
        if ((layerOf.get(to) ?? Infinity) >= (layerOf.get(from) ?? -1)) {
          upward.push(`${relative(root, file)} → ${relative(root, target)}`);
        }
      }
    }
    expect(upward).toEqual([]);
  });

  it('the import graph has no cycle', () => {
    // Tarjan's strongly connected components over files; any component of two or more files is a cycle.
    let next = 0;
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (file: string) => {
      index.set(file, next);
      low.set(file, next++);
      stack.push(file);
      onStack.add(file);
      for (const target of graph.get(file) ?? []) {
        if (!index.has(target)) {
          visit(target);
          low.set(file, Math.min(low.get(file)!, low.get(target)!));
        } else if (onStack.has(target)) {
          low.set(file, Math.min(low.get(file)!, index.get(target)!));
        }
      }
      if (low.get(file) === index.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(relative(root, member));
        } while (member !== file);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!index.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
