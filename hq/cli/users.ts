import { parseArgs } from 'node:util';
import type { Database } from '../db/database';
import { passwordProblem, PASSWORD_PROBLEMS } from '../passwords';
import { createUser, disableUser, Role, Username } from '../staff/users';
import { EXIT, line, UsageError, type CliIo, type CliStdin } from './io';

/** A refusal the operator can fix (weak password, taken username): exit 2 with the reason. */
class Refused extends Error {}

/** Backspace removes what the person sees as one character (a Vietnamese letter may be several code points). */
function withoutLastCharacter(text: string): string {
  const graphemes = Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);
  return graphemes.slice(0, -1).join('');
}

/** Reads one line from a terminal without echoing it (raw mode); Ctrl-C cancels. */
function readHidden(stdin: CliStdin, out: NodeJS.WritableStream, prompt: string): Promise<string> {
  out.write(prompt);
  const setRaw = (on: boolean): void => {
    stdin.setRawMode?.(on);
  };
  setRaw(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (): void => {
      stdin.off('data', onData);
      setRaw(false);
      stdin.pause();
      out.write('\n');
    };
    function onData(chunk: string | Buffer): void {
      for (const ch of String(chunk)) {
        if (ch === '\r' || ch === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (ch === '\u0003') {
          finish();
          reject(new Refused('Cancelled; no user created.'));
          return;
        }
        if (ch === '\u007f' || ch === '\b') value = withoutLastCharacter(value);
        else value += ch;
      }
    }
    stdin.on('data', onData);
  });
}

/** HQ_NEW_PASSWORD (for scripts), else asked twice on a terminal; never an argument (it would sit in shell history and `ps`). */
async function newPassword(io: CliIo, username: string): Promise<string> {
  const fromEnv = io.env.HQ_NEW_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  const stdin = io.stdin;
  if (stdin?.isTTY !== true) throw new UsageError('Set HQ_NEW_PASSWORD, or run create-user in a terminal to be asked for the password.');
  const first = await readHidden(stdin, io.stderr, `Password for ${username}: `);
  const problem = passwordProblem(first, username);
  if (problem !== null) throw new Refused(PASSWORD_PROBLEMS[problem]);
  const second = await readHidden(stdin, io.stderr, 'Same password again: ');
  if (second !== first) throw new Refused('The two passwords differ; no user created.');
  return first;
}

export async function createUserCommand(args: readonly string[], io: CliIo, open: () => Promise<Database>): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } }, strict: true });
  const username = Username.safeParse(values.username ?? '');
  if (!username.success) throw new UsageError(`--username is required: ${username.error.issues[0]?.message ?? 'invalid'}.`);
  const displayName = values.name?.trim() ?? '';
  if (displayName.length < 1 || displayName.length > 120) throw new UsageError('--name "<display name>" is required (1–120 characters).');
  const role = Role.safeParse(values.role);
  if (!role.success) throw new UsageError('--role must be reviewer, approver or admin.');
  try {
    const password = await newPassword(io, username.data);
    const database = await open();
    try {
      const created = await createUser(database.db, { username: username.data, displayName, role: role.data, password });
      if (!created.ok) {
        const reason = created.error.code === 'username_taken' ? `The username ${username.data} is already taken.` : (created.error.detail ?? 'Weak password.');
        throw new Refused(reason);
      }
      line(io.stdout, `Created ${role.data} ${username.data} (${displayName}).`);
      return EXIT.ok;
    } finally {
      await database.close();
    }
  } catch (error) {
    if (!(error instanceof Refused)) throw error;
    line(io.stderr, error.message);
    return EXIT.rejected;
  }
}

export async function disableUserCommand(args: readonly string[], io: CliIo, open: () => Promise<Database>): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { username: { type: 'string' } }, strict: true });
  const username = Username.safeParse(values.username ?? '');
  if (!username.success) throw new UsageError('--username <username> is required.');
  const database = await open();
  try {
    if (!(await disableUser(database.db, username.data))) {
      line(io.stderr, `No enabled user ${username.data}.`);
      return EXIT.rejected;
    }
    line(io.stdout, `Disabled ${username.data}; their sessions are revoked.`);
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
