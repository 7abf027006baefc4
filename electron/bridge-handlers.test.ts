import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomically } from './atomic-write';
import { fullDiskFs } from './full-disk.fake';
import { createBridgeHandlers, type BridgeCaller, type BridgeServices, type KeyProtector } from './bridge-handlers';
import { LIMITS, parseExternalUrl } from './bridge-requests';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ik-bridge-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A caller whose dialog answers with `choice` and records the name it was offered. */
function caller(choice: string | null, pdf: () => Promise<Uint8Array> = () => Promise.resolve(new Uint8Array([37, 80, 68, 70]))) {
  const offered: string[] = [];
  const value: BridgeCaller = {
    chooseSavePath: (name) => {
      offered.push(name);
      return Promise.resolve(choice === null ? null : join(dir, choice));
    },
    chooseFolder: () => {
      offered.push('<folder>');
      return Promise.resolve(choice === null ? null : join(dir, choice));
    },
    printToPDF: pdf,
  };
  return { caller: value, offered };
}

/** A reversible stand-in for safeStorage: real wrapping is the OS's job, not this test's. */
function keychain(available = true): KeyProtector {
  return {
    isAvailable: () => Promise.resolve(available),
    encrypt: (text) => Promise.resolve(new TextEncoder().encode(`wrapped:${text}`)),
    decrypt: (wrapped) => {
      const text = new TextDecoder().decode(wrapped);
      return text.startsWith('wrapped:') ? Promise.resolve(text.slice(8)) : Promise.reject(new Error('bad blob'));
    },
  };
}

const opened: string[] = [];
const services = (overrides: Partial<BridgeServices> = {}): BridgeServices => ({
  appVersion: '0.1.0',
  platform: 'linux',
  keys: keychain(),
  openExternal: (url) => {
    opened.push(url);
    return Promise.resolve();
  },
  ...overrides,
});
const save = (name = 'kiem-tra.ikb', bytes = new Uint8Array([1, 2, 3])) => ({ suggestedName: name, mediaType: 'application/zip', bytes });

describe('appInfo', () => {
  it('describes the Electron host', async () => {
    const handlers = createBridgeHandlers(services());
    expect(await handlers.appInfo(caller(null).caller, [])).toEqual({ ok: true, value: { host: 'electron', appVersion: '0.1.0', platform: 'linux' } });
    expect(await handlers.appInfo(caller(null).caller, ['extra'])).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('saveFile', () => {
  it('writes the bytes where the user chose and offers the suggested name', async () => {
    const { caller: c, offered } = caller('chosen.ikb');
    const result = await createBridgeHandlers(services()).saveFile(c, [save()]);
    expect(result).toEqual({ ok: true, value: { savedAs: join(dir, 'chosen.ikb') } });
    expect([...(await readFile(join(dir, 'chosen.ikb')))]).toEqual([1, 2, 3]);
    expect(offered).toEqual(['kiem-tra.ikb']);
  });

  it('answers cancelled, and writes nothing, when the dialog is dismissed', async () => {
    expect(await createBridgeHandlers(services()).saveFile(caller(null).caller, [save()])).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('maps a full disk to disk_full and leaves no partial file', async () => {
    const writeFile = (target: string, bytes: Uint8Array) => writeFileAtomically(target, bytes, fullDiskFs);
    const result = await createBridgeHandlers(services({ writeFile })).saveFile(caller('x.ikb').caller, [save()]);
    expect(result).toEqual({ ok: false, error: { code: 'disk_full', detail: 'ENOSPC' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('maps other write failures to io_failed', async () => {
    const result = await createBridgeHandlers(services()).saveFile(caller('missing-folder/x.ikb').caller, [save()]);
    expect(result).toEqual({ ok: false, error: { code: 'io_failed', detail: 'ENOENT' } });
  });

  it.each([
    ['no argument', []],
    ['two arguments', [save(), save()]],
    ['not an object', ['kiem-tra.ikb']],
    ['a path instead of a name', [save('../../.bashrc')]],
    ['a Windows path', [save('C:\\Users\\x.ikb')]],
    ['a control character', [save('a\nb.ikb')]],
    ['an empty name', [save('')]],
    ['a too long name', [save(`${'a'.repeat(LIMITS.fileNameChars)}.ikb`)]],
    ['a bad media type', [{ ...save(), mediaType: 'zip' }]],
    ['bytes as an array', [{ ...save(), bytes: [1, 2, 3] }]],
    ['empty bytes', [save('a.ikb', new Uint8Array())]],
  ])('refuses %s without opening a dialog', async (_label, args) => {
    const { caller: c, offered } = caller('never.ikb');
    expect(await createBridgeHandlers(services()).saveFile(c, args)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(offered).toEqual([]);
  });

  it('refuses bytes over the size limit', async () => {
    // Untouched zeroed pages: the size is real but costs no physical memory.
    const tooBig = new Uint8Array(LIMITS.saveFileBytes + 1);
    expect(await createBridgeHandlers(services()).saveFile(caller('x.ikb').caller, [save('x.ikb', tooBig)])).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('saveFiles', () => {
  const files = (...names: string[]) => ({ files: names.map((name, i) => save(name, new Uint8Array([i + 1, 7]))) });

  it('asks for a folder once and writes every file into it', async () => {
    await mkdir(join(dir, 'usb'));
    const { caller: c, offered } = caller('usb');
    const result = await createBridgeHandlers(services()).saveFiles(c, [files('a.ikb', 'b.ikb')]);
    expect(result).toEqual({ ok: true, value: { folder: join(dir, 'usb'), savedAs: [join(dir, 'usb', 'a.ikb'), join(dir, 'usb', 'b.ikb')] } });
    expect([...(await readFile(join(dir, 'usb', 'b.ikb')))]).toEqual([2, 7]);
    expect(offered).toEqual(['<folder>']);
  });

  it('answers cancelled, and writes nothing, when no folder is chosen', async () => {
    expect(await createBridgeHandlers(services()).saveFiles(caller(null).caller, [files('a.ikb')])).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it('maps a full disk to disk_full and leaves no partial file', async () => {
    const writeFile = (target: string, bytes: Uint8Array) => writeFileAtomically(target, bytes, fullDiskFs);
    const result = await createBridgeHandlers(services({ writeFile })).saveFiles(caller('.').caller, [files('a.ikb')]);
    expect(result).toEqual({ ok: false, error: { code: 'disk_full', detail: 'ENOSPC:0' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ['no files', [{ files: [] }]],
    ['not a list', [{ files: save() }]],
    ['a path as a name', [files('a.ikb', '../b.ikb')]],
    ['the same name twice', [files('a.ikb', 'A.IKB')]],
    ['too many files', [files(...Array.from({ length: LIMITS.saveFilesCount + 1 }, (_, i) => `f${i}.ikb`))]],
    ['two arguments', [files('a.ikb'), files('b.ikb')]],
  ])('refuses %s without opening a dialog', async (_label, args) => {
    const { caller: c, offered } = caller('never');
    expect(await createBridgeHandlers(services()).saveFiles(c, args)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(offered).toEqual([]);
  });
});

describe('printToPDF', () => {
  it('asks where to save with a safe name from the title, then writes the PDF', async () => {
    const { caller: c, offered } = caller('report.pdf');
    const result = await createBridgeHandlers(services()).printToPDF(c, [{ title: 'Biên bản: Quận 1/2026' }]);
    expect(result).toEqual({ ok: true, value: { savedAs: join(dir, 'report.pdf') } });
    expect(offered).toEqual(['Biên bản- Quận 1-2026.pdf']);
    expect(await readFile(join(dir, 'report.pdf'), 'latin1')).toBe('%PDF');
  });

  it('does not render when the dialog is cancelled', async () => {
    let rendered = false;
    const c = caller(null, () => {
      rendered = true;
      return Promise.resolve(new Uint8Array([1]));
    }).caller;
    expect(await createBridgeHandlers(services()).printToPDF(c, [{ title: 'x' }])).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(rendered).toBe(false);
  });

  it('maps a rendering failure to print_failed and writes nothing', async () => {
    const c = caller('r.pdf', () => Promise.reject(new Error('renderer gone'))).caller;
    expect(await createBridgeHandlers(services()).printToPDF(c, [{ title: 'x' }])).toEqual({ ok: false, error: { code: 'print_failed' } });
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([[[]], [[{ title: '' }]], [[{ title: 42 }]], [[{ title: 'x'.repeat(LIMITS.titleChars + 1) }]], [[null]]])('refuses %j', async (args) => {
    expect(await createBridgeHandlers(services()).printToPDF(caller('r.pdf').caller, args)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('protectSecret / revealSecret', () => {
  const key = new Uint8Array(32).map((_, i) => i * 7);

  it('round-trips a data key through the keychain', async () => {
    const handlers = createBridgeHandlers(services());
    const wrapped = await handlers.protectSecret(caller(null).caller, [key]);
    if (!wrapped.ok) throw new Error('protect failed');
    expect(wrapped.value).toBeInstanceOf(Uint8Array);
    expect(await handlers.revealSecret(caller(null).caller, [wrapped.value])).toEqual({ ok: true, value: key });
  });

  it('answers crypto_unavailable when the OS keychain is not available', async () => {
    const handlers = createBridgeHandlers(services({ keys: keychain(false) }));
    expect(await handlers.protectSecret(caller(null).caller, [key])).toEqual({ ok: false, error: { code: 'crypto_unavailable' } });
    expect(await handlers.revealSecret(caller(null).caller, [key])).toEqual({ ok: false, error: { code: 'crypto_unavailable' } });
  });

  it('answers crypto_unavailable for a blob the keychain cannot open or did not produce', async () => {
    const handlers = createBridgeHandlers(services());
    const foreign = new TextEncoder().encode('garbage');
    const notOurs = new TextEncoder().encode('wrapped:not base64!');
    expect(await handlers.revealSecret(caller(null).caller, [foreign])).toEqual({ ok: false, error: { code: 'crypto_unavailable', detail: 'reveal_failed' } });
    expect(await handlers.revealSecret(caller(null).caller, [notOurs])).toEqual({ ok: false, error: { code: 'crypto_unavailable', detail: 'reveal_failed' } });
  });

  it.each([
    ['a string', 'secret'],
    ['an array', [1, 2, 3]],
    ['empty bytes', new Uint8Array()],
    ['too many bytes', new Uint8Array(LIMITS.secretBytes + 1)],
  ])('protectSecret refuses %s', async (_label, value) => {
    expect(await createBridgeHandlers(services()).protectSecret(caller(null).caller, [value])).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('revealSecret refuses oversized or non-byte input', async () => {
    const handlers = createBridgeHandlers(services());
    expect(await handlers.revealSecret(caller(null).caller, [new Uint8Array(LIMITS.wrappedSecretBytes + 1)])).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(await handlers.revealSecret(caller(null).caller, [{ length: 3 }])).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });
});

describe('openInBrowser', () => {
  it.each([
    ['https://hq.bhxh.gov.vn/', 'https://hq.bhxh.gov.vn/'],
    ['https://hq.bhxh.gov.vn:8443/review', 'https://hq.bhxh.gov.vn:8443/review'],
    ['http://localhost:8787/', 'http://localhost:8787/'],
    ['http://127.0.0.1:8787', 'http://127.0.0.1:8787/'],
    ['HTTPS://HQ.Example/', 'https://hq.example/'],
  ])('allows %s', (url, normalised) => {
    expect(parseExternalUrl(url)).toBe(normalised);
  });

  it.each([
    'http://hq.bhxh.gov.vn/', // plain http off this machine
    'http://192.168.1.10/',
    'http://localhost.evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'smb://server/share',
    'ms-settings:',
    'https://user:pass@hq.example/',
    'not a url',
    '',
    `https://hq.example/${'a'.repeat(LIMITS.urlChars)}`,
  ])('refuses %s', (url) => {
    expect(parseExternalUrl(url)).toBeNull();
  });

  it('refuses anything but one string', () => {
    for (const value of [undefined, null, 42, { href: 'https://hq.example/' }, ['https://hq.example/']]) expect(parseExternalUrl(value)).toBeNull();
  });

  it('hands only a checked URL to the system browser', async () => {
    opened.length = 0;
    const handlers = createBridgeHandlers(services());
    expect(await handlers.openInBrowser(caller(null).caller, ['https://hq.example/'])).toEqual({ ok: true, value: null });
    expect(await handlers.openInBrowser(caller(null).caller, ['file:///etc/passwd'])).toEqual({ ok: false, error: { code: 'invalid_request', detail: 'url' } });
    expect(await handlers.openInBrowser(caller(null).caller, ['https://a.example/', 'https://b.example/'])).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(opened).toEqual(['https://hq.example/']);
  });

  it('reports an OS refusal as a result, not a throw', async () => {
    const handlers = createBridgeHandlers(services({ openExternal: () => Promise.reject(new Error('no browser')) }));
    expect(await handlers.openInBrowser(caller(null).caller, ['https://hq.example/'])).toEqual({ ok: false, error: { code: 'unsupported', detail: 'open_failed' } });
  });
});
