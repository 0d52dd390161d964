// A fake of GitHub's REST API for pull-request comments: real HTTP on 127.0.0.1, the routes the
// Action calls, Link-header pagination, and failures on demand (403 on writes, 5xx bursts).
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
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  /** Comments per issue number. */
  comments: Map<number, FakeComment[]>;
  pulls: Map<number, { headSha: string; state: string }>;
  /** Set to answer every POST/PATCH with this status (e.g. 403 for a fork's read-only token). */
  failWrites?: number;
  /** Statuses to answer the next requests with, one each, before behaving again. */
  failNext: number[];
  close(): Promise<void>;
}

const PAGE_SIZE_MAX = 100;

function readBody(request: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    request.on('data', (chunk) => (text += chunk));
    request.on('end', () => resolve(text ? JSON.parse(text) : undefined));
  });
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000;
  const fake: FakeGitHub = { url: '', requests: [], comments: new Map(), pulls: new Map(), failNext: [], close: async () => {} };
  const send = (response: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
    response.writeHead(status, { 'content-type': 'application/json', ...headers });
    response.end(JSON.stringify(data));
  };
  const commentJson = (comment: FakeComment, issue: number) => ({
    ...comment,
    html_url: `https://github.example/o/r/pull/${issue}#issuecomment-${comment.id}`,
  });

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', fake.url);
    const body = await readBody(request);
    fake.requests.push({ method: request.method ?? '', path: url.pathname + url.search, authorization: request.headers.authorization, body });
    const injected = fake.failNext.shift();
    if (injected) return send(response, injected, { message: `injected ${injected}` });
    if (fake.failWrites && (request.method === 'POST' || request.method === 'PATCH')) {
      return send(response, fake.failWrites, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    }

    let match: RegExpExecArray | null;
    if ((match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname))) {
      const issue = Number(match[1]);
      const list = fake.comments.get(issue) ?? [];
      if (request.method === 'GET') {
        const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), PAGE_SIZE_MAX);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const link = page < last ? { link: `<${fake.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${fake.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {};
        return send(response, 200, slice.map((c) => commentJson(c, issue)), link as Record<string, string>);
      }
      if (request.method === 'POST') {
        const comment = { id: nextId++, body: (body as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        fake.comments.set(issue, [...list, comment]);
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
      return pull ? send(response, 200, { number: Number(match[1]), state: pull.state, head: { sha: pull.headSha } }) : send(response, 404, { message: 'Not Found' });
    }
    if ((match = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-f]+)\/pulls$/.exec(url.pathname)) && request.method === 'GET') {
      const pulls = [...fake.pulls].filter(([, p]) => p.headSha === match![1]).map(([number, p]) => ({ number, state: p.state, head: { sha: p.headSha } }));
      return send(response, 200, pulls);
    }
    send(response, 404, { message: `fake GitHub has no route for ${request.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise((resolve) => server.close(() => resolve()));
  return fake;
}
