import { describe, expect, it } from 'vitest';
import { contentScriptMatches, hostPermissions } from '../../../lib/hosts';
import {
  E2E_REPORT_ENDPOINT,
  endpointHostPattern,
  reportEndpointFor,
  validEndpoint,
} from '../../../lib/report-endpoint';

describe('report endpoint', () => {
  it('must be https (plain http only on this machine, for development)', () => {
    expect(validEndpoint('https://reports.example.org/v1/reports')).toBe('https://reports.example.org/v1/reports');
    expect(validEndpoint('http://127.0.0.1:8080/r')).toBe('http://127.0.0.1:8080/r');
    expect(validEndpoint('http://reports.example.org/v1/reports')).toBeUndefined();
    expect(validEndpoint('ftp://reports.example.org/')).toBeUndefined();
    expect(validEndpoint('not a url')).toBeUndefined();
    expect(validEndpoint(undefined)).toBeUndefined();
  });

  it('is absent unless configured, except in E2E builds', () => {
    expect(reportEndpointFor(undefined, false)).toBeUndefined();
    expect(reportEndpointFor(undefined, true)).toBe(E2E_REPORT_ENDPOINT);
    expect(reportEndpointFor('https://r.example.org/x', true)).toBe('https://r.example.org/x');
  });

  it('adds only its own origin to the host permissions', () => {
    expect(endpointHostPattern('https://reports.example.org/v1/reports?x=1')).toBe('https://reports.example.org/*');
    const hosts = hostPermissions(
      'https://feeds.example.org/v1/manifest.json',
      false,
      'https://reports.example.org/v1/reports',
    );
    expect(hosts).toEqual([...contentScriptMatches, 'https://feeds.example.org/*', 'https://reports.example.org/*']);
    expect(hostPermissions('https://feeds.example.org/m.json', false, 'http://reports.example.org/r')).not.toContain(
      'http://reports.example.org/*',
    );
    expect(hostPermissions('https://feeds.example.org/m.json')).toEqual([
      ...contentScriptMatches,
      'https://feeds.example.org/*',
    ]);
  });
});
