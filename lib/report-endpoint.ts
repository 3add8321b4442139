/**
 * The report endpoint is fixed at build time (WXT_REPORT_ENDPOINT) and its origin joins the manifest's
 * host permissions, like the feed host: users see every host the extension may talk to at install, and
 * no broad or runtime-granted permission is needed. Without it, reports go to GitHub or an official
 * channel only. E2E builds default to a test host served by the local test server.
 */
export const E2E_REPORT_ENDPOINT = 'https://reports.test/v1/reports';

/** Loopback http is allowed for local development servers; anything else must be https. */
export function validEndpoint(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback)) return url.toString();
  } catch {
    // not a URL: no endpoint
  }
  return undefined;
}

export function reportEndpointFor(configured: string | undefined, e2e: boolean): string | undefined {
  return validEndpoint(configured) ?? (e2e ? E2E_REPORT_ENDPOINT : undefined);
}

/** Host permission pattern for the endpoint's origin. */
export function endpointHostPattern(endpoint: string | undefined): string | null {
  const valid = validEndpoint(endpoint);
  if (!valid) return null;
  const url = new URL(valid);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The endpoint this build sends to, from the build-time environment. */
export function configuredReportEndpoint(): string | undefined {
  const configured = (import.meta.env as { WXT_REPORT_ENDPOINT?: string }).WXT_REPORT_ENDPOINT;
  // A static MODE check, so production bundles drop the test host entirely.
  if (import.meta.env.MODE === 'e2e') return reportEndpointFor(configured, true);
  return validEndpoint(configured);
}
