import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import semver from 'semver';

// One Node for the project: what .nvmrc names satisfies package.json and every locked package's declared
// engines (so `npm ci` prints no engine warning), and every workflow sets up Node from .nvmrc.
const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const nvmrc = semver.minVersion(read('.nvmrc').trim())!.version;

describe('one Node version', () => {
  it('.nvmrc satisfies the engines package.json declares', () => {
    const engines = JSON.parse(read('package.json')).engines.node as string;
    expect(semver.satisfies(nvmrc, engines), `${nvmrc} vs ${engines}`).toBe(true);
  });

  it('every locked package supports that Node', () => {
    const lock = JSON.parse(read('package-lock.json')) as {
      packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
    };
    const refusing = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node)
      .filter(([, p]) => !semver.satisfies(nvmrc, (p.engines as { node: string }).node, { includePrerelease: true }))
      .map(([name, p]) => `${name}: ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  it('every workflow sets Node up from .nvmrc', () => {
    const dir = new URL('.github/workflows/', root);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      if (!text.includes('actions/setup-node')) continue;
      expect(text, file).toContain('node-version-file: .nvmrc');
      expect(text, file).not.toMatch(/node-version:\s/);
    }
  });
});
