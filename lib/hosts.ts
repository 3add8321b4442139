/**
 * The only hosts the extension reads or talks to: the supported marketplaces and the feed host.
 * Kept in one place so the manifest, the content script and the tests agree.
 */
import { endpointHostPattern } from './report-endpoint';

export const contentScriptMatches = [
  '*://*.aliexpress.com/*',
  '*://aliexpress.com/*',
  '*://*.aliexpress.us/*',
  '*://aliexpress.us/*',
  '*://aliexpress.ru/*',
  '*://*.aliexpress.ru/*',
  '*://*.temu.com/*',
  '*://temu.com/*',
];

/** The project's GitHub Pages site, where .github/workflows/publish-feed.yml deploys. */
export const FEED_SITE = 'https://hazard-check.github.io';
/**
 * The manifest's path on that site: the workflow builds into `published/feed/` and deploys `published/`.
 * A test reads the workflow, so the two cannot drift apart (a build without WXT_FEED_URL uses this).
 */
export const FEED_PUBLISH_PATH = 'feed/manifest.json';
export const DEFAULT_FEED_URL = `${FEED_SITE}/${FEED_PUBLISH_PATH}`;

/** Host permission pattern for the feed URL's origin, or null when the URL is not http(s). */
export function feedHostPattern(feedUrl: string): string | null {
  try {
    const url = new URL(feedUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return null;
  }
}

export function hostPermissions(feedUrl: string | undefined, e2e = false, reportEndpoint?: string): string[] {
  const feed = feedHostPattern(feedUrl || DEFAULT_FEED_URL);
  // The report endpoint (WXT_REPORT_ENDPOINT) is optional; only its origin is added.
  const reports = endpointHostPattern(reportEndpoint);
  const hosts = [...contentScriptMatches, ...(feed ? [feed] : []), ...(reports ? [reports] : [])];
  // E2E serves the feed and the report endpoint from a local test server.
  if (e2e) hosts.push('http://127.0.0.1/*', 'https://feed.test/*', 'https://reports.test/*');
  return [...new Set(hosts)];
}
