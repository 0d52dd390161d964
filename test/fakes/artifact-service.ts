// A fake of GitHub's artifact service, as the real @actions/artifact (v6) client talks to it:
// real HTTP on 127.0.0.1, nothing mocked in the client.
//
// Two halves on one server, as on GitHub:
// - the results service's Twirp JSON API (POST /twirp/github.actions.results.api.v1.ArtifactService/
//   CreateArtifact | FinalizeArtifact to upload; ListArtifacts | GetSignedArtifactURL to find and
//   download the run's artifacts), found through ACTIONS_RESULTS_URL (the client keeps its origin
//   only) and authorised with `Authorization: Bearer <ACTIONS_RUNTIME_TOKEN>`;
// - the Azure blob storage that CreateArtifact's `signed_upload_url` points to. @azure/storage-blob's
//   BlockBlobClient.uploadStream sends one `PUT <url>&comp=block&blockid=<base64>` per 8 MiB chunk
//   (the zip body) and then `PUT <url>&comp=blocklist` with an XML <BlockList>; a single-shot
//   `PUT` with `x-ms-blob-type: BlockBlob` (Put Blob) is accepted too. Answers carry the status codes
//   and headers Azure sends (201, ETag, Last-Modified, Content-MD5, x-ms-request-id, x-ms-version).
//   GetSignedArtifactURL's `signed_url` is a `GET` of the committed zip (200, application/zip).
//
// Like the real service, an artifact name can be created once per workflow run (a second
// CreateArtifact answers 409 "already exists"), and failures can be injected per Twirp method.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';
const ACCOUNT = 'fakeresultsaccount';
const CONTAINER = 'actions-results';

export type TwirpMethod = 'CreateArtifact' | 'FinalizeArtifact' | 'ListArtifacts' | 'GetSignedArtifactURL';

/** Every request the fake received, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path without the query string. */
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  body: Buffer;
  /** Date.now() on arrival (a mocked Date shows mocked time). */
  at: number;
  /** For Twirp calls: the method name and the parsed JSON body. */
  twirp?: { method: string; body: Record<string, unknown> };
  /** What the fake answered. */
  status: number;
}

export interface InjectedFailure {
  status: number;
  /** Twirp error code, e.g. 'internal', 'already_exists', 'resource_exhausted'. */
  code?: string;
  msg?: string;
}

export interface FakeArtifactService {
  /** Origin for ACTIONS_RESULTS_URL, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Committed blobs by their path (/account/container/...), the bytes the client uploaded. */
  readonly blobs: Map<string, Buffer>;
  /** Twirp calls of one method, their parsed JSON bodies, in order. */
  calls(method: TwirpMethod): Record<string, unknown>[];
  /** Make every call of `method` answer this error until cleared with `undefined`. */
  fail(method: TwirpMethod, failure: InjectedFailure | undefined): void;
  close(): Promise<void>;
}

export interface FakeArtifactServiceOptions {
  /** The only bearer token accepted; any token when absent. */
  token?: string;
}

interface Artifact {
  runId: string;
  jobId: string;
  name: string;
  blobPath: string;
  id: number;
  finalized: boolean;
  createdAt: string;
}

export async function startFakeArtifactService(options: FakeArtifactServiceOptions = {}): Promise<FakeArtifactService> {
  const requests: RecordedRequest[] = [];
  const blobs = new Map<string, Buffer>();
  const staged = new Map<string, Map<string, Buffer>>(); // blob path → block id → bytes
  const artifacts: Artifact[] = [];
  const failures = new Map<TwirpMethod, InjectedFailure>();
  let nextId = 1000;
  let origin = '';

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', origin);
      const record: RecordedRequest = {
        method: req.method ?? '',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: Buffer.concat(chunks),
        at: Date.now(),
        status: 0,
      };
      requests.push(record);
      try {
        if (url.pathname.startsWith(TWIRP_PREFIX)) twirp(record, res);
        else if (url.pathname.startsWith(`/${ACCOUNT}/${CONTAINER}/`)) blob(record, res);
        else send(record, res, 404, { 'content-type': 'text/plain' }, 'not found');
      } catch (error) {
        send(record, res, 500, { 'content-type': 'text/plain' }, String(error));
      }
    });
  });

  function send(
    record: RecordedRequest,
    res: ServerResponse,
    status: number,
    headers: Record<string, string>,
    body: string | Buffer = '',
  ): void {
    record.status = status;
    res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
    res.end(body);
  }

  function twirpError(record: RecordedRequest, res: ServerResponse, status: number, code: string, msg: string): void {
    send(record, res, status, { 'content-type': 'application/json' }, JSON.stringify({ code, msg }));
  }

  function twirp(record: RecordedRequest, res: ServerResponse): void {
    const method = record.path.slice(TWIRP_PREFIX.length);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(record.body.toString('utf8'));
    } catch {
      return twirpError(record, res, 400, 'malformed', 'the request body is not JSON');
    }
    record.twirp = { method, body };
    if (record.method !== 'POST') return twirpError(record, res, 400, 'bad_route', `${record.method} is not POST`);
    const auth = record.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || (options.token !== undefined && auth !== `Bearer ${options.token}`)) {
      return twirpError(record, res, 401, 'unauthenticated', 'missing or wrong bearer token');
    }
    const failure = failures.get(method as TwirpMethod);
    if (failure) {
      return twirpError(record, res, failure.status, failure.code ?? 'internal', failure.msg ?? 'injected failure');
    }
    const runId = String(body.workflow_run_backend_id ?? '');
    const jobId = String(body.workflow_job_run_backend_id ?? '');
    const name = String(body.name ?? '');
    const json = (value: unknown) =>
      send(record, res, 200, { 'content-type': 'application/json' }, JSON.stringify(value));
    // Every job of the run sees the run's finalized artifacts, whichever job made them.
    const ofRun = () => artifacts.filter((a) => a.runId === runId && a.finalized);

    if (method === 'ListArtifacts') {
      if (!runId || !jobId)
        return twirpError(record, res, 400, 'invalid_argument', 'workflow_run_backend_id is required');
      const found = ofRun().filter(
        (a) =>
          (body.name_filter === undefined || a.name === body.name_filter) &&
          (body.id_filter === undefined || String(a.id) === String(body.id_filter)),
      );
      return json({
        artifacts: found.map((a) => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(blobs.get(a.blobPath)?.length ?? 0),
          created_at: a.createdAt,
        })),
      });
    }
    if (!runId || !jobId || !name) {
      return twirpError(
        record,
        res,
        400,
        'invalid_argument',
        'workflow_run_backend_id, workflow_job_run_backend_id and name are required',
      );
    }
    if (method === 'GetSignedArtifactURL') {
      const artifact = ofRun().find((a) => a.name === name);
      if (!artifact) return twirpError(record, res, 404, 'not_found', `no artifact ${name} on this run`);
      return json({ signed_url: `${origin}${artifact.blobPath}?sv=2019-12-12&sr=b&sp=r&sig=fake-signature` });
    }
    if (method === 'CreateArtifact') {
      if (artifacts.some((a) => a.runId === runId && a.name === name)) {
        return twirpError(
          record,
          res,
          409,
          'already_exists',
          'an artifact with this name already exists on the workflow run',
        );
      }
      const blobPath = `/${ACCOUNT}/${CONTAINER}/${runId}/workflow-job-run-${jobId}/artifacts/${randomUUID()}.zip`;
      artifacts.push({
        runId,
        jobId,
        name,
        blobPath,
        id: nextId++,
        finalized: false,
        createdAt: new Date().toISOString(),
      });
      // A SAS-looking query, like the real signed URL (the client masks `sig` in the logs).
      const sas = new URLSearchParams({
        sv: '2019-12-12',
        sr: 'b',
        sp: 'cw',
        se: new Date(Date.now() + 3_600_000).toISOString(),
        sig: 'fake-signature',
      });
      return json({ ok: true, signed_upload_url: `${origin}${blobPath}?${sas}` });
    }
    if (method === 'FinalizeArtifact') {
      const artifact = artifacts.find((a) => a.runId === runId && a.name === name && !a.finalized);
      if (!artifact) return twirpError(record, res, 404, 'not_found', `no artifact ${name} to finalize`);
      if (!blobs.has(artifact.blobPath))
        return twirpError(record, res, 400, 'failed_precondition', 'nothing was uploaded');
      artifact.finalized = true;
      return json({ ok: true, artifact_id: String(artifact.id) }); // int64 is a string in protobuf JSON
    }
    return twirpError(record, res, 404, 'bad_route', `no method ${method}`);
  }

  function azureHeaders(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'x-ms-request-id': randomUUID(),
      'x-ms-version': '2025-11-05',
      'x-ms-request-server-encrypted': 'true',
      date: new Date().toUTCString(),
      ...extra,
    };
  }

  function azureError(
    record: RecordedRequest,
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
  ): void {
    const xml = `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`;
    send(record, res, status, azureHeaders({ 'x-ms-error-code': code, 'content-type': 'application/xml' }), xml);
  }

  function blob(record: RecordedRequest, res: ServerResponse): void {
    const path = record.path;
    if (record.query.sig !== 'fake-signature')
      return azureError(record, res, 403, 'AuthenticationFailed', 'no or wrong sig');
    if (!artifacts.some((a) => a.blobPath === path))
      return azureError(record, res, 404, 'ContainerNotFound', 'no such upload URL');
    if (record.method === 'GET') {
      const zip = blobs.get(path);
      if (!zip) return azureError(record, res, 404, 'BlobNotFound', 'nothing committed at this URL');
      return send(record, res, 200, azureHeaders({ 'content-type': 'application/zip' }), zip);
    }
    if (record.method !== 'PUT')
      return azureError(record, res, 405, 'UnsupportedHttpVerb', `${record.method} is not supported here`);
    const md5 = createHash('md5').update(record.body).digest('base64');
    const comp = record.query.comp;
    // The answer to a blob or block list that was written, as Azure gives it.
    const created = () =>
      send(
        record,
        res,
        201,
        azureHeaders({
          etag: `"0x${Date.now().toString(16).toUpperCase()}"`,
          'last-modified': new Date().toUTCString(),
          'content-md5': md5,
        }),
      );

    if (comp === 'block') {
      const blockId = record.query.blockid;
      if (!blockId) return azureError(record, res, 400, 'InvalidQueryParameterValue', 'blockid is missing');
      const declared = Number(record.headers['content-length'] ?? NaN);
      if (declared !== record.body.length)
        return azureError(record, res, 400, 'InvalidHeaderValue', 'content-length does not match the body');
      if (!staged.has(path)) staged.set(path, new Map());
      staged.get(path)!.set(blockId, record.body);
      return send(record, res, 201, azureHeaders({ 'content-md5': md5 }));
    }
    if (comp === 'blocklist') {
      const xml = record.body.toString('utf8');
      const ids = [...xml.matchAll(/<(Latest|Uncommitted|Committed)>([^<]*)<\/\1>/g)].map((m) => m[2]!);
      const blocks = staged.get(path) ?? new Map<string, Buffer>();
      const parts: Buffer[] = [];
      for (const id of ids) {
        const part = blocks.get(id);
        if (!part) return azureError(record, res, 400, 'InvalidBlockList', `block ${id} was not staged`);
        parts.push(part);
      }
      blobs.set(path, Buffer.concat(parts));
      staged.delete(path);
      return created();
    }
    if (comp === undefined && record.headers['x-ms-blob-type'] === 'BlockBlob') {
      blobs.set(path, record.body);
      return created();
    }
    return azureError(record, res, 400, 'InvalidQueryParameterValue', `unsupported comp=${comp}`);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: origin,
    requests,
    blobs,
    calls: (method) => requests.filter((r) => r.twirp?.method === method).map((r) => r.twirp!.body),
    fail: (method, failure) => (failure ? failures.set(method, failure) : failures.delete(method)),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An ACTIONS_RUNTIME_TOKEN as the client reads it: a JWT (unsigned here) whose `scp` claim names the run. */
export function fakeRuntimeToken(
  runId = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a',
  jobId = 'ca395085-040a-526b-2ce8-bdc85f692774',
): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = {
    scp: `Actions.GenericRead:00000000-0000-0000-0000-000000000000 Actions.Results:${runId}:${jobId}`,
    exp: 4102444800,
  };
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}.${Buffer.from('not-signed').toString('base64url')}`;
}
