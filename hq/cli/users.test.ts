import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../staff/test-staff';
import { startTestHq, type TestHq } from '../test-support';
import type { CliStdin } from './io';
import { runCli } from './run';

let hq: TestHq;
beforeAll(async () => {
  hq = await startTestHq();
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const PASSWORD = 'một mật khẩu rất dài';

function capture(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** A command in-process against the running test HQ (it attaches to the same embedded PostgreSQL). */
async function hqCli(args: string[], env: Record<string, string> = {}, stdin?: CliStdin) {
  const [stdout, stderr] = [capture(), capture()];
  const code = await runCli(args, { env: { HQ_DATA_DIR: hq.dataDir, LOG_LEVEL: 'silent', ...env }, cwd: hq.dataDir, stdout: stdout.stream, stderr: stderr.stream, ...(stdin ? { stdin } : {}) });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

/** A terminal that types each answer when its prompt appears on stderr, and records raw-mode switches. */
function terminal(answers: string[], stderr: PassThrough): CliStdin & { rawModes: boolean[] } {
  const stdin = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[] });
  const typed = Object.assign(stdin, { setRawMode: (mode: boolean) => stdin.rawModes.push(mode) });
  stderr.on('data', (chunk: Buffer) => {
    if (/Password for|Same password again/.test(chunk.toString('utf8'))) typed.write(`${answers.shift() ?? ''}\r`);
  });
  return typed;
}

describe('hq create-user', () => {
  it('creates a user from HQ_NEW_PASSWORD, lowercasing the username, who can then sign in', async () => {
    const res = await hqCli(['create-user', '--username', 'Lan.Nguyen', '--name', 'Nguyễn Thị Lan', '--role', 'approver'], { HQ_NEW_PASSWORD: PASSWORD });
    expect(res).toMatchObject({ code: 0, stdout: 'Created approver lan.nguyen (Nguyễn Thị Lan).\n' });
    expect(res.stdout + res.stderr).not.toContain(PASSWORD);
    const { rows } = await hq.database.db.query<{ role: string; password_hash: string }>("SELECT role, password_hash FROM hq_users WHERE username = 'lan.nguyen'");
    expect(rows[0]?.role).toBe('approver');
    expect(rows[0]?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    const signedIn = await signIn(hq.server, 'lan.nguyen', PASSWORD);
    expect(signedIn.json()).toMatchObject({ user: { username: 'lan.nguyen', displayName: 'Nguyễn Thị Lan', role: 'approver' } });
  });

  it('refuses a duplicate username and a weak password with exit 2, and bad arguments with exit 64', async () => {
    const duplicate = await hqCli(['create-user', '--username', 'LAN.NGUYEN', '--name', 'Ai đó', '--role', 'reviewer'], { HQ_NEW_PASSWORD: PASSWORD });
    expect(duplicate).toMatchObject({ code: 2, stderr: 'The username lan.nguyen is already taken.\n' });
    const weak = await hqCli(['create-user', '--username', 'minh', '--name', 'Minh', '--role', 'reviewer'], { HQ_NEW_PASSWORD: 'ngắn quá' });
    expect(weak).toMatchObject({ code: 2, stderr: 'The password must have at least 12 characters.\n' });
    const badRole = await hqCli(['create-user', '--username', 'minh', '--name', 'Minh', '--role', 'boss'], { HQ_NEW_PASSWORD: PASSWORD });
    expect(badRole.code).toBe(64);
    expect(badRole.stderr).toContain('--role must be reviewer, approver or admin.');
    const badName = await hqCli(['create-user', '--username', 'x y', '--name', 'Minh', '--role', 'admin'], { HQ_NEW_PASSWORD: PASSWORD });
    expect(badName.code).toBe(64);
    const noPassword = await hqCli(['create-user', '--username', 'minh', '--name', 'Minh', '--role', 'admin']);
    expect(noPassword.code).toBe(64);
    expect(noPassword.stderr).toContain('Set HQ_NEW_PASSWORD');
    const { rows } = await hq.database.db.query("SELECT 1 FROM hq_users WHERE username = 'minh'");
    expect(rows).toHaveLength(0);
  });

  it('asks twice on a terminal, without echo, and refuses two different answers', async () => {
    const stderr = new PassThrough();
    const chunks: Buffer[] = [];
    stderr.on('data', (c: Buffer) => chunks.push(c));
    const mismatch = terminal([PASSWORD, `${PASSWORD}!`], stderr);
    const code = await runCli(['create-user', '--username', 'hoa', '--name', 'Hoa', '--role', 'reviewer'], {
      env: { HQ_DATA_DIR: hq.dataDir, LOG_LEVEL: 'silent' },
      cwd: hq.dataDir,
      stdout: new PassThrough(),
      stderr,
      stdin: mismatch,
    });
    expect(code).toBe(2);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('The two passwords differ');
    expect(Buffer.concat(chunks).toString('utf8')).not.toContain(PASSWORD);
    expect(mismatch.rawModes).toEqual([true, false, true, false]);

    const typedErr = new PassThrough();
    const same = terminal([PASSWORD, PASSWORD], typedErr);
    const ok = await runCli(['create-user', '--username', 'hoa', '--name', 'Hoa', '--role', 'reviewer'], {
      env: { HQ_DATA_DIR: hq.dataDir, LOG_LEVEL: 'silent' },
      cwd: hq.dataDir,
      stdout: new PassThrough(),
      stderr: typedErr,
      stdin: same,
    });
    expect(ok).toBe(0);
    expect((await signIn(hq.server, 'hoa', PASSWORD)).statusCode).toBe(200);
  });
});

describe('hq disable-user', () => {
  it('disables a user so sign-in fails, and says so when there is no such enabled user', async () => {
    expect((await hqCli(['create-user', '--username', 'tuan', '--name', 'Tuấn', '--role', 'admin'], { HQ_NEW_PASSWORD: PASSWORD })).code).toBe(0);
    const res = await hqCli(['disable-user', '--username', 'tuan']);
    expect(res).toMatchObject({ code: 0, stdout: 'Disabled tuan; their sessions are revoked.\n' });
    expect((await signIn(hq.server, 'tuan', PASSWORD)).statusCode).toBe(401);
    expect(await hqCli(['disable-user', '--username', 'tuan'])).toMatchObject({ code: 2, stderr: 'No enabled user tuan.\n' });
    expect((await hqCli(['disable-user'])).code).toBe(64);
  });
});
