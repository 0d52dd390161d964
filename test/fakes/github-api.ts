// A fake of GitHub's REST API for pull-request comments: real HTTP on 127.0.0.1, the routes the
// Action calls, Link-header pagination, GraphQL's `viewer`, three kinds of token (the job's
// GITHUB_TOKEN, a GitHub App's installation token, a personal token), and failures on demand
// (403 on writes, 5xx bursts, rate limits with their headers, a 502 after the comment was made).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface RecordedRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: unknown;
  /** performance.now() when it arrived: how long the client waited before a retry. */
  at: number;
}

/** A scripted failure: a status, with the headers and message GitHub sends with it. */
export interface ScriptedFailure {
  status: number;
  headers?: Record<string, string>;
  message?: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Comments per issue number. */
  comments: Map<number, FakeComment[]>;
  pulls: Map<number, { headSha: string; state: string }>;
  /** Workflow artifacts: listed by name, downloaded as a zip through a redirect, like GitHub. */
  artifacts: {
    id: number;
    name: string;
    headBranch: string;
    headSha: string;
    runId: number;
    createdAt: string;
    expired?: boolean;
    /** The run's event (default push) and where its code came from (default this repository, 1). */
    event?: string;
    headRepositoryId?: number;
    zip: Buffer;
  }[];
  /**
   * Who the token is. Unset: an installation token like GITHUB_TOKEN, which GET /user refuses with
   * 403 and whose comments the Actions bot writes. Set: a personal token of that user.
   */
  tokenLogin?: string;
  /**
   * A GitHub App's installation token (actions/create-github-app-token): GET /user refuses it with
   * 403 like GITHUB_TOKEN, but its comments are written by the App's bot, e.g. "some-app[bot]".
   */
  appLogin?: string;
  /** GraphQL refuses the `viewer` query (as for a token that may not read it). */
  refuseViewer?: boolean;
  /** What GraphQL's `viewer` answers, if not the comments' author (another spelling of it). */
  viewerLogin?: string;
  /** Set to answer every REST POST/PATCH with this status (e.g. 403 for a fork's read-only token). */
  failWrites?: number;
  /** Failures to answer the next requests with, one each, before behaving again. */
  failNext: (number | ScriptedFailure)[];
  /**
   * Failures to answer the next comment creations with, one each. `made`: the comment is stored
   * first, as when GitHub makes the comment and still answers 502.
   */
  failCreates: { status: number; made: boolean }[];
  close(): Promise<void>;
}

const PAGE_SIZE_MAX = 100;
/** This repository's id; a fork's artifacts carry another as head_repository_id. */
const REPOSITORY_ID = 1;

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text ? JSON.parse(text) : undefined));
  });
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = {
    url: '',
    requests: [],
    comments: new Map(),
    pulls: new Map(),
    artifacts: [],
    failNext: [],
    failCreates: [],
    close: async () => {},
  };
  const send = (response: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(data));
  };
  /** Who writes the token's comments (and whom GraphQL's viewer names). */
  const author = () =>
    fake.tokenLogin
      ? { login: fake.tokenLogin, type: 'User' }
      : { login: fake.appLogin ?? 'github-actions[bot]', type: 'Bot' };
  const commentJson = (comment: FakeComment, issue: number) => ({
    ...comment,
    html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${comment.id}`,
  });

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', fake.url);
    const body = await readBody(request);
    fake.requests.push({
      method: request.method ?? '',
      path: url.pathname + url.search,
      authorization: request.headers.authorization,
      body,
      at: performance.now(),
    });
    const injected = fake.failNext.shift();
    if (injected) {
      const {
        status,
        headers = {},
        message = `injected ${status}`,
      } = typeof injected === 'number' ? { status: injected } : injected;
      return send(response, status, { message }, headers);
    }
    // a GraphQL query is a POST that writes nothing: a read-only token may ask it
    const writes = (request.method === 'POST' && url.pathname !== '/graphql') || request.method === 'PATCH';
    if (fake.failWrites && writes) {
      return send(response, fake.failWrites, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
      });
    }

    let match: RegExpExecArray | null;
    if (url.pathname === '/user' && request.method === 'GET') {
      if (!fake.tokenLogin)
        return send(response, 403, {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        });
      return send(response, 200, { login: fake.tokenLogin, type: 'User' });
    }
    if (url.pathname === '/graphql' && request.method === 'POST') {
      // only the one query the Action asks: who the token is
      if (!/\bviewer\b/.test(String((body as { query?: unknown })?.query)))
        return send(response, 200, { errors: [{ message: 'the fake knows only the viewer query' }] });
      if (fake.refuseViewer)
        return send(response, 200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
      return send(response, 200, { data: { viewer: { login: fake.viewerLogin ?? author().login } } });
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(match[1]);
      const list = fake.comments.get(issue) ?? [];
      if (request.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_SIZE_MAX);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const link =
          page < last
            ? {
                link: `<${fake.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${fake.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"`,
              }
            : {};
        return send(
          response,
          200,
          slice.map((c) => commentJson(c, issue)),
          link as Record<string, string>,
        );
      }
      if (request.method === 'POST') {
        const comment = { id: nextId++, body: (body as { body: string }).body, user: author() };
        const failure = fake.failCreates.shift();
        if (!failure || failure.made) fake.comments.set(issue, [...list, comment]);
        if (failure) return send(response, failure.status, { message: `Server Error (comment made: ${failure.made})` });
        return send(response, 201, commentJson(comment, issue));
      }
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)) && request.method === 'PATCH') {
      for (const [issue, list] of fake.comments) {
        const comment = list.find((c) => c.id === Number(match![1]));
        if (comment) {
          comment.body = (body as { body: string }).body;
          return send(response, 200, commentJson(comment, issue));
        }
      }
      return send(response, 404, { message: 'Not Found' });
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)$/.exec(url.pathname)) && request.method === 'GET') {
      const pull = fake.pulls.get(Number(match[1]));
      return pull
        ? send(response, 200, { number: Number(match[1]), state: pull.state, head: { sha: pull.headSha } })
        : send(response, 404, { message: 'Not Found' });
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(url.pathname)) &&
      request.method === 'GET'
    ) {
      const pulls = [...fake.pulls]
        .filter(([, p]) => p.headSha === match![1])
        .map(([number, p]) => ({ number, state: p.state, head: { sha: p.headSha } }));
      return send(response, 200, pulls);
    }
    if (/^\/repos\/[^/]+\/[^/]+\/actions\/artifacts$/.test(url.pathname) && request.method === 'GET') {
      const name = url.searchParams.get('name');
      const all = fake.artifacts
        .filter((a) => !name || a.name === name)
        .map((a) => ({
          id: a.id,
          name: a.name,
          expired: a.expired ?? false,
          created_at: a.createdAt,
          size_in_bytes: a.zip.length,
          workflow_run: {
            id: a.runId,
            repository_id: REPOSITORY_ID,
            head_repository_id: a.headRepositoryId ?? REPOSITORY_ID,
            head_branch: a.headBranch,
            head_sha: a.headSha,
          },
        }));
      // pages like GitHub's: per_page (at most 100), page from 1, a Link header to the next
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_SIZE_MAX);
      const page = Number(url.searchParams.get('page') ?? 1);
      const artifacts = all.slice((page - 1) * perPage, page * perPage);
      const next = new URL(url.toString(), fake.url);
      next.searchParams.set('page', String(page + 1));
      const link: Record<string, string> =
        page * perPage < all.length ? { link: `<${fake.url}${next.pathname}${next.search}>; rel="next"` } : {};
      return send(response, 200, { total_count: all.length, artifacts }, link);
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(url.pathname)) && request.method === 'GET') {
      const artifact = fake.artifacts.find((a) => a.runId === Number(match![1]));
      if (!artifact) return send(response, 404, { message: 'Not Found' });
      return send(response, 200, {
        id: artifact.runId,
        event: artifact.event ?? 'push',
        head_branch: artifact.headBranch,
        head_sha: artifact.headSha,
        repository: { id: REPOSITORY_ID },
        head_repository: { id: artifact.headRepositoryId ?? REPOSITORY_ID },
      });
    }
    if (
      (match = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(url.pathname)) &&
      request.method === 'GET'
    ) {
      response.writeHead(302, { location: `${fake.url}/blob/${match[1]}.zip?sig=fake` });
      return response.end();
    }
    if ((match = /^\/blob\/(\d+)\.zip$/.exec(url.pathname)) && request.method === 'GET') {
      const artifact = fake.artifacts.find((a) => a.id === Number(match![1]));
      if (!artifact) return send(response, 404, { message: 'Not Found' });
      response.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.zip.length });
      return response.end(artifact.zip);
    }
    send(response, 404, { message: `fake GitHub has no route for ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
