// The network workload's loopback server: 127.0.0.1 only, the configured latency, a ~1.2 KiB page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startLoopbackServer } from '../src/network/server.ts';

test('answers a ~1.2 KiB page on 127.0.0.1 after the latency', async () => {
  const server = await startLoopbackServer(60);
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const started = performance.now();
    const response = await fetch(server.url);
    const body = await response.arrayBuffer();
    const elapsed = performance.now() - started;
    assert.equal(response.status, 200);
    assert.ok(body.byteLength >= 1100 && body.byteLength <= 1400, `${body.byteLength} bytes`);
    assert.ok(elapsed >= 55, `answered after ${elapsed} ms`);
  } finally {
    await server.close();
  }
});

test('refuses bodies and oversized headers, and is gone once closed', async () => {
  const server = await startLoopbackServer(0);
  try {
    const post = await fetch(server.url, { method: 'POST', body: Buffer.alloc(10 * 1024 * 1024) }).catch(
      (error) => error,
    );
    assert.ok(post instanceof Error || post.status === 405, `a 10 MiB POST: ${post.status ?? post}`);
    const hugeHeader = await fetch(server.url, { headers: { 'x-filler': 'y'.repeat(16 * 1024) } });
    assert.equal(hugeHeader.status, 431);
  } finally {
    await server.close();
  }
  await assert.rejects(fetch(server.url), 'closed with the run');
});
