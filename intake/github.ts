/**
 * Files a report as an issue on the data repository through GitHub's REST API, with the bot's token.
 * The issue is what the extension's own GitHub link would open, so maintainers triage one format.
 */
import { INTAKE_INTRO, issueBody, issueTitle } from '../lib/reports/github-issue';
import type { ReportPayload } from '../lib/reports/types';

export interface GitHubTarget {
  /** `owner/name` of the data repository. */
  repo: string;
  /** Read per filing, so a rotated token is used without a restart. */
  token(): string | Promise<string>;
  /** https://api.github.com, or a GitHub Enterprise / test server. */
  apiBase?: string;
  fetch?: typeof fetch;
}

export type FileResult =
  | { ok: true; issueUrl: string; issueNumber: number }
  /** `retryable`: GitHub or the network failed, or the token is wrong; the report is not lost, the client retries. */
  | { ok: false; status: number; retryAfterSeconds?: number; reason: string };

export async function fileIssue(target: GitHubTarget, payload: ReportPayload): Promise<FileResult> {
  const apiBase = (target.apiBase ?? 'https://api.github.com').replace(/\/+$/, '');
  const doFetch = target.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(`${apiBase}/repos/${target.repo}/issues`, {
      method: 'POST',
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${await target.token()}`,
        'content-type': 'application/json',
        'user-agent': 'hazard-check-intake',
        'x-github-api-version': '2022-11-28',
      },
      body: JSON.stringify({
        title: issueTitle(payload),
        body: issueBody(payload, { intro: INTAKE_INTRO }),
        labels: ['report', payload.kind],
      }),
      signal: AbortSignal.timeout(20_000),
    });
  } catch (error) {
    return { ok: false, status: 502, retryAfterSeconds: 60, reason: `GitHub unreachable: ${errorText(error)}` };
  }
  if (response.status === 201) {
    const issue = (await response.json()) as { html_url?: string; number?: number };
    return { ok: true, issueUrl: String(issue.html_url ?? ''), issueNumber: Number(issue.number ?? 0) };
  }
  const detail = (await response.text().catch(() => '')).replace(/\s+/g, ' ').slice(0, 200);
  const waitHeader = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(waitHeader) && waitHeader > 0 ? waitHeader : 300;
  // Bad or expired token, lost access, GitHub's own limits: the maintainers' problem, not the report's.
  // 503 keeps the report in the extension's queue until the token is fixed.
  return {
    ok: false,
    status: 503,
    retryAfterSeconds,
    reason: `GitHub answered ${response.status}${detail ? `: ${detail}` : ''}`,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
