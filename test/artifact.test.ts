// Uploading results.json and report.md as a workflow artifact: the real @actions/artifact client
// against a fake artifact service (real HTTP on 127.0.0.1, test/fakes/artifact-service.ts).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { crc32, inflateRawSync } from 'node:zlib';
import { uploadResultsArtifact } from '../src/github/artifact.ts';
import {
  fakeRuntimeToken,
  startFakeArtifactService,
  TWIRP_PREFIX,
  type FakeArtifactService,
} from './fakes/artifact-service.ts';
import { scratchDir } from './helpers.ts';

const RUN_ID = 'ce7f54c7-61c7-4aae-887f-30da475f5f1a';
const JOB_ID = 'ca395085-040a-526b-2ce8-bdc85f692774';

const TOKEN = fakeRuntimeToken(RUN_ID, JOB_ID);

let fake: FakeArtifactService;

// @actions/artifact reads process.env (not the `env` argument): point it at the fake, and make sure
// nothing a CI runner sets (its own ACTIONS_* values, GHES, proxies, retention) sends it elsewhere.
before(async () => {
  fake = await startFakeArtifactService({ token: TOKEN });
  for (const key of Object.keys(process.env)) {
    if (/^(ACTIONS_|GITHUB_)|_proxy$/i.test(key)) delete process.env[key];
  }
  process.env.ACTIONS_RUNTIME_TOKEN = TOKEN;
  process.env.ACTIONS_RESULTS_URL = `${fake.url}/`;
});
after(() => fake.close());

const runnerEnv = () => ({ ACTIONS_RUNTIME_TOKEN: TOKEN, ACTIONS_RESULTS_URL: `${fake.url}/` });

function writeRun(t: { after(fn: () => void): void }) {
  const dir = scratchDir(t);
  const results = `${JSON.stringify({ schema: 1, cells: [{ strategy: 'worker-threads', status: 'ok' }] }, null, 2)}\n`;
  const report = '# concurrency-bench\n\n| strategy | speedup |\n|---|---|\n| worker-threads | 3.9× |\n';
  writeFileSync(join(dir, 'results.json'), results);
  writeFileSync(join(dir, 'report.md'), report);
  return { dir, files: [join(dir, 'results.json'), join(dir, 'report.md')], results, report };
}

/** Entries of a zip, from its central directory (archiver streams, so local headers carry no sizes). */
function readZip(zip: Buffer): Map<string, string> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'no end-of-central-directory record');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory header');
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    assert.equal(zip.readUInt32LE(local), 0x04034b50, `local file header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    assert.ok(method === 0 || method === 8, `${name}: compression method ${method}`);
    const content = method === 8 ? inflateRawSync(data) : data;
    assert.equal(content.length, size, `${name}: size`);
    assert.equal(crc32(content), crc, `${name}: crc-32`);
    entries.set(name, content.toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

test('uploads results.json and report.md as one zip, then finalizes it with its size and hash', async (t) => {
  const run = writeRun(t);
  const first = fake.requests.length;

  const result = await uploadResultsArtifact({
    name: 'bench-results',
    files: run.files,
    rootDirectory: run.dir,
    env: runnerEnv(),
  });

  const requests = fake.requests.slice(first);
  assert.deepEqual(
    requests.map((r) => `${r.method} ${r.twirp ? r.twirp.method : `blob comp=${r.query.comp}`} ${r.status}`),
    ['POST CreateArtifact 200', 'PUT blob comp=block 201', 'PUT blob comp=blocklist 201', 'POST FinalizeArtifact 200'],
  );
  const [create, block, blockList, finalize] = requests as [
    (typeof requests)[0],
    (typeof requests)[0],
    (typeof requests)[0],
    (typeof requests)[0],
  ];
  assert.equal(create.path, `${TWIRP_PREFIX}CreateArtifact`);
  assert.equal(create.headers.authorization, `Bearer ${TOKEN}`);
  assert.equal(create.headers['content-type'], 'application/json');
  assert.deepEqual(create.twirp?.body, {
    workflow_run_backend_id: RUN_ID,
    workflow_job_run_backend_id: JOB_ID,
    name: 'bench-results',
    version: 7,
    mime_type: 'application/zip',
  });
  // the blob requests go to the signed URL as given, SAS query included, with no bearer token
  assert.equal(block.query.sig, 'fake-signature');
  assert.equal(block.headers.authorization, undefined);
  assert.match(blockList.body.toString(), /<BlockList><Latest>[^<]+<\/Latest><\/BlockList>/);
  assert.equal(blockList.headers['x-ms-blob-content-type'], 'application/zip');

  const zip = fake.blobs.get(block.path);
  assert.ok(zip, 'the blob was committed');
  assert.deepEqual(
    readZip(zip),
    new Map([
      ['results.json', run.results],
      ['report.md', run.report],
    ]),
  );
  assert.deepEqual(finalize.twirp?.body, {
    workflow_run_backend_id: RUN_ID,
    workflow_job_run_backend_id: JOB_ID,
    name: 'bench-results',
    size: String(zip.length),
    hash: `sha256:${createHash('sha256').update(zip).digest('hex')}`,
  });
  assert.deepEqual(result, { uploaded: true, id: 1000, size: zip.length });
});

test('an empty name uploads nothing', async (t) => {
  const run = writeRun(t);
  const first = fake.requests.length;
  const result = await uploadResultsArtifact({ name: '', files: run.files, rootDirectory: run.dir, env: runnerEnv() });
  assert.deepEqual(result, { uploaded: false, reason: 'artifact-name is empty: no upload' });
  assert.equal(fake.requests.length, first);
});

test('outside GitHub Actions (no ACTIONS_RUNTIME_TOKEN in env) it says so and sends nothing', async (t) => {
  const run = writeRun(t);
  const first = fake.requests.length;
  // process.env still points the library at the fake: the decision comes from `env` alone
  const result = await uploadResultsArtifact({
    name: 'bench-results',
    files: run.files,
    rootDirectory: run.dir,
    env: { ACTIONS_RESULTS_URL: fake.url },
  });
  assert.deepEqual(result, {
    uploaded: false,
    reason: `not running as a GitHub Action (no ACTIONS_RUNTIME_TOKEN): results stay in ${run.dir}`,
  });

  const noUrl = await uploadResultsArtifact({
    name: 'bench-results',
    files: run.files,
    rootDirectory: run.dir,
    env: { ACTIONS_RUNTIME_TOKEN: TOKEN },
  });
  assert.deepEqual(noUrl, {
    uploaded: false,
    reason: `the runner offers no artifact service (no ACTIONS_RESULTS_URL): results stay in ${run.dir}`,
  });
  assert.equal(fake.requests.length, first);
});

test('a missing file is a one-line reason, before any request', async (t) => {
  const run = writeRun(t);
  const first = fake.requests.length;
  const missing = join(run.dir, 'nope.json');
  const result = await uploadResultsArtifact({
    name: 'missing',
    files: [missing],
    rootDirectory: run.dir,
    env: runnerEnv(),
  });
  assert.deepEqual(result, {
    uploaded: false,
    reason: `artifact upload failed: File ${missing} does not exist`,
    failed: true,
  });
  assert.equal(fake.requests.length, first);
});

test('a name the library refuses is the first line of its message', async (t) => {
  const run = writeRun(t);
  const first = fake.requests.length;
  const result = await uploadResultsArtifact({
    name: 'results:ubuntu',
    files: run.files,
    rootDirectory: run.dir,
    env: runnerEnv(),
  });
  assert.deepEqual(result, {
    uploaded: false,
    reason:
      'artifact upload failed: The artifact name is not valid: results:ubuntu. Contains the following character: Colon :',
    failed: true,
  });
  assert.equal(fake.requests.length, first);
});

test('an unreachable service fails at once (network errors are not retried), one line', async (t) => {
  const run = writeRun(t);
  const gone = await startFakeArtifactService();
  await gone.close(); // nothing listens on its port any more
  process.env.ACTIONS_RESULTS_URL = gone.url;
  t.after(() => {
    process.env.ACTIONS_RESULTS_URL = `${fake.url}/`;
  });
  const result = await uploadResultsArtifact({
    name: 'unreachable',
    files: run.files,
    rootDirectory: run.dir,
    env: runnerEnv(),
  });
  assert.deepEqual(result, {
    uploaded: false,
    reason: 'artifact upload failed: Failed to CreateArtifact: Unable to make request: ECONNREFUSED',
    failed: true,
  });
});

test('a name already used in the run (409, not retried) is a one-line reason', async (t) => {
  const run = writeRun(t);
  const options = { name: 'same-name', files: run.files, rootDirectory: run.dir, env: runnerEnv() };
  assert.equal((await uploadResultsArtifact(options)).uploaded, true);
  const first = fake.requests.length;

  const again = await uploadResultsArtifact(options);
  assert.deepEqual(again, {
    uploaded: false,
    reason:
      'artifact upload failed: Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run',
    failed: true,
  });
  assert.deepEqual(
    fake.requests.slice(first).map((r) => r.status),
    [409],
  );
});

test("a service that answers 500 fails after the client's 5 attempts, one line, no throw", async (t) => {
  const run = writeRun(t);
  fake.fail('CreateArtifact', { status: 500, code: 'internal', msg: 'injected failure' });
  t.after(() => fake.fail('CreateArtifact', undefined));
  const first = fake.requests.length;

  // The client waits 3 s, then ×1.5 (with jitter) between its 5 attempts: ~25-35 s, fixed in
  // @actions/artifact (uploadArtifact passes no retry options, and no env variable changes them).
  // A mocked clock runs those waits at once; the requests are still real.
  t.mock.timers.enable({ apis: ['setTimeout', 'Date'], now: 0 });
  const started = performance.now();
  let settled = false;
  const pending = uploadResultsArtifact({
    name: 'flaky',
    files: run.files,
    rootDirectory: run.dir,
    env: runnerEnv(),
  }).finally(() => {
    settled = true;
  });
  while (!settled) {
    await nextTurn();
    t.mock.timers.runAll(); // fires the client's retry sleep, if one is pending
  }
  const result = await pending;
  const elapsed = performance.now() - started;

  assert.deepEqual(result, {
    uploaded: false,
    reason:
      'artifact upload failed: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (500) Internal Server Error: injected failure',
    failed: true,
  });
  const attempts = fake.requests.slice(first);
  assert.deepEqual(
    attempts.map((r) => `${r.twirp?.method} ${r.status}`),
    Array(5).fill('CreateArtifact 500'),
  );
  // the waits between attempts, in mocked ms: 3000, then base·1.5^n up to ×1.5 more
  const waits = attempts.slice(1).map((r, i) => r.at - attempts[i]!.at);
  assert.equal(waits[0], 3000);
  for (const [n, wait] of waits.entries()) {
    const min = 3000 * 1.5 ** n;
    assert.ok(wait >= min && wait <= min * (n === 0 ? 1 : 1.5), `wait ${n + 1}: ${wait} ms`);
  }
  assert.ok(elapsed < 5000, `took ${Math.round(elapsed)} ms of real time`);
});
