import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevice } from '../shared/bundle/test-support';
import { issueEnrollmentCode } from './enrollment';
import { DEFAULT_DEVICE_RATE_LIMITS, TokenBuckets } from './rate-limit';
import { buildServer } from './server';
import { errorCode } from './staff/test-staff';
import { auth, enrolDevice, rowCounts, silentLog, startTestHq, type EnrolledDevice, type TestHq } from './test-support';
import { sha256Hex } from './tokens';

describe('TokenBuckets', () => {
  it('lets a burst through, then one request per 1/rate seconds, per key', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perSecond: 2, burst: 3 }, () => now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    expect(buckets.take('a')).toBe(1);
    expect(buckets.take('b')).toBe(0);
    now += 499;
    expect(buckets.take('a')).toBe(1);
    now += 2;
    expect(buckets.take('a')).toBe(0);
    // Refills up to the burst, never beyond it.
    now += 60_000;
    expect(Array.from({ length: 4 }, () => buckets.take('a'))).toEqual([0, 0, 0, 1]);
  });

  it('says how long to wait, and forgets the least recently used key beyond its capacity', () => {
    const now = 0;
    const slow = new TokenBuckets({ perSecond: 0.1, burst: 1 }, () => now, 2);
    expect(slow.take('a')).toBe(0);
    expect(slow.take('a')).toBe(10);
    slow.take('b');
    slow.take('c');
    // 'a' was forgotten: a full bucket again (bounded memory beats exactness for a spray of addresses).
    expect(slow.take('a')).toBe(0);
    expect(new TokenBuckets({ perSecond: 0, burst: 1 }).take('a')).toBe(0);
  });
});

describe('device API rate limits', () => {
  let hq: TestHq;
  let server: FastifyInstance;
  let device: EnrolledDevice;
  let other: EnrolledDevice;

  beforeAll(async () => {
    hq = await startTestHq({ HQ_DEVICE_RATE: '0.01', HQ_DEVICE_BURST: '4', HQ_IP_RATE: '0.01', HQ_IP_BURST: '6' });
    device = await enrolDevice(hq);
    other = await enrolDevice(hq, 'Trần Thị B');
    // The same HQ with the default limits, to show they are as documented.
    server = await buildServer({ db: hq.database.db, keys: hq.keys, log: silentLog() });
  }, 60_000);
  afterAll(async () => {
    await server.close();
    await hq.stop();
  });

  const pull = (as: EnrolledDevice, remoteAddress: string) => hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: auth(as), remoteAddress });

  it('gives each device its own bucket: 429 rate_limited with Retry-After once it is empty, before the body is read', async () => {
    for (let i = 0; i < 4; i++) expect((await pull(device, '10.0.0.1')).statusCode).toBe(200);
    const limited = await pull(device, '10.0.0.2');
    expect([limited.statusCode, errorCode(limited)]).toEqual([429, 'rate_limited']);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // An upload refused for its rate stores nothing.
    const before = await rowCounts(hq);
    const bytes = new Uint8Array([1, 2, 3]);
    const part = await hq.server.inject({
      method: 'PUT',
      url: `/v1/blobs/${sha256Hex(bytes)}`,
      headers: { ...auth(device), 'content-type': 'application/octet-stream' },
      payload: Buffer.from(bytes),
      remoteAddress: '10.0.0.3',
    });
    expect([part.statusCode, errorCode(part)]).toEqual([429, 'rate_limited']);
    expect(await rowCounts(hq)).toEqual(before);
    // Another device is not affected.
    expect((await pull(other, '10.0.0.4')).statusCode).toBe(200);
  });

  it('limits one client address across tokens, unknown tokens and enrolments, before looking anything up', async () => {
    const address = '10.0.1.1';
    const answers: number[] = [];
    answers.push((await pull(other, address)).statusCode);
    for (let i = 0; i < 3; i++) {
      const guess = await hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: { authorization: `Bearer ikd_${String(i).repeat(43)}` }, remoteAddress: address });
      answers.push(guess.statusCode);
    }
    const { display } = await issueEnrollmentCode(hq.database.db, 'Lê Văn C', 1);
    const key = (await makeDevice()).key.publicKeyRaw;
    const enrol = () => hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code: 'AAAA-BBBB-CCCC', publicKey: key }, remoteAddress: address });
    answers.push((await enrol()).statusCode, (await enrol()).statusCode);
    expect(answers).toEqual([200, 401, 401, 401, 404, 404]);
    const before = await rowCounts(hq);
    const limited = await hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code: display, publicKey: key }, remoteAddress: address });
    expect([limited.statusCode, errorCode(limited)]).toEqual([429, 'rate_limited']);
    expect(await rowCounts(hq)).toEqual(before);
    // The code was not spent: from another address it still enrols.
    const fresh = await hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code: display, publicKey: key }, remoteAddress: '10.0.1.2' });
    expect(fresh.statusCode).toBe(201);
    // Health (the reachability probe) and the staff API are not limited here.
    expect((await hq.server.inject({ method: 'GET', url: '/v1/health', remoteAddress: address })).statusCode).toBe(200);
  });

  it('behind a trusted proxy (HQ_TRUST_PROXY) limits each device address, and believes X-Forwarded-For from nobody else', async () => {
    const proxied = await startTestHq({ HQ_IP_RATE: '0.01', HQ_IP_BURST: '2', HQ_TRUST_PROXY: '10.9.0.1' });
    try {
      const enrol = (remoteAddress: string, forwardedFor: string) =>
        proxied.server.inject({ method: 'POST', url: '/v1/enrollments', payload: {}, remoteAddress, headers: { 'x-forwarded-for': forwardedFor } });
      // Through the proxy: two devices, two buckets.
      const first = [await enrol('10.9.0.1', '192.0.2.1'), await enrol('10.9.0.1', '192.0.2.1'), await enrol('10.9.0.1', '192.0.2.1')];
      expect(first.map((r) => r.statusCode)).toEqual([400, 400, 429]);
      expect((await enrol('10.9.0.1', '192.0.2.2')).statusCode).toBe(400);
      // Not from the proxy: the header is ignored, the sender's own address is limited.
      const spoofed = [await enrol('198.51.100.7', '192.0.2.50'), await enrol('198.51.100.7', '192.0.2.51'), await enrol('198.51.100.7', '192.0.2.52')];
      expect(spoofed.map((r) => r.statusCode)).toEqual([400, 400, 429]);
    } finally {
      await proxied.stop();
    }
  }, 60_000);

  it('by default lets a device send its documented burst at once', async () => {
    const { device: deviceLimit, address } = DEFAULT_DEVICE_RATE_LIMITS;
    expect(deviceLimit.burst).toBeLessThanOrEqual(address.burst);
    const statuses = new Set<number>();
    for (let i = 0; i < deviceLimit.burst; i++) {
      statuses.add((await server.inject({ method: 'HEAD', url: `/v1/blobs/${'0'.repeat(64)}`, headers: auth(device), remoteAddress: '10.0.2.1' })).statusCode);
    }
    expect([...statuses]).toEqual([404]);
  }, 60_000);
});
