import { describe, expect, it } from 'vitest';
import { contentScriptMatches, feedHostPattern, hostPermissions } from '../../../lib/hosts';

describe('host permissions', () => {
  it('cover only the marketplaces and the feed host', () => {
    const hosts = hostPermissions('https://feeds.example.org/v1/manifest.json');
    expect(hosts).toEqual([...contentScriptMatches, 'https://feeds.example.org/*']);
    expect(hosts.some((h) => h.includes('<all_urls>') || h === '*://*/*')).toBe(false);
  });

  it('ignores a feed URL that is not http(s)', () => {
    expect(feedHostPattern('file:///etc/passwd')).toBeNull();
    expect(feedHostPattern('not a url')).toBeNull();
  });
});
