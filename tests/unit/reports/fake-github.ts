/**
 * A local stand-in for GitHub's "create an issue" API (POST /repos/{owner}/{repo}/issues), on
 * node:http: checks the bearer token, stores issues, and can be told to fail the next requests.
 * Used by the intake tests and the end-to-end report loop.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIssue {
  number: number;
  repo: string;
  title: string;
  body: string;
  labels: string[];
  authorization?: string;
}

export interface FakeGitHub {
  apiBase: string;
  issues: FakeIssue[];
  /** Tokens GitHub accepts right now (rotation: replace the list). */
  validTokens: string[];
  /** Statuses for the next requests (e.g. 502), then normal answers. */
  failNext: number[];
  close(): Promise<void>;
}

export async function startFakeGitHub(validTokens: string[] = ['test-bot-token']): Promise<FakeGitHub> {
  const issues: FakeIssue[] = [];
  const failNext: number[] = [];
  const state = { validTokens };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/repos\/([\w.-]+\/[\w.-]+)\/issues$/.exec(req.url ?? '');
      const json = (status: number, body: unknown) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (req.method !== 'POST' || !match) return json(404, { message: 'Not Found' });
      const failure = failNext.shift();
      if (failure) return json(failure, { message: 'Server Error' });
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (!token || !state.validTokens.includes(token)) return json(401, { message: 'Bad credentials' });
      const input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { title: string; body: string; labels?: string[] };
      const issue: FakeIssue = {
        number: issues.length + 1,
        repo: match[1]!,
        title: input.title,
        body: input.body,
        labels: input.labels ?? [],
        authorization: req.headers.authorization,
      };
      issues.push(issue);
      json(201, { number: issue.number, html_url: `https://github.com/${issue.repo}/issues/${issue.number}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiBase: `http://127.0.0.1:${port}`,
    issues,
    get validTokens() {
      return state.validTokens;
    },
    set validTokens(tokens: string[]) {
      state.validTokens = tokens;
    },
    failNext,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
