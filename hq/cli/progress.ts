import { basename } from 'node:path';
import type { CliIo } from './io';

export type ItemOutcome = 'imported' | 'duplicate' | 'rejected';

/**
 * On a terminal: one bar redrawn in place on stderr. Otherwise (a pipe, a log
 * file, CI): one plain line per item, so nothing is lost to carriage returns.
 */
export class ImportProgress {
  private done = 0;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
  ) {}

  private get tty(): boolean {
    return this.io.stderr.isTTY === true;
  }

  step(file: string, outcome: ItemOutcome, reason?: string): void {
    this.done += 1;
    if (!this.tty) {
      this.io.stderr.write(`[${this.done}/${this.total}] ${outcome}${reason === undefined ? '' : ` (${reason})`}: ${file}\n`);
      return;
    }
    const width = Math.max(10, Math.min(40, (this.io.stderr.columns ?? 80) - 50));
    const filled = this.total === 0 ? width : Math.round((this.done / this.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const name = basename(file).slice(0, 30);
    this.io.stderr.write(`\r\x1b[2K${bar} ${this.done}/${this.total} ${name}`);
  }

  finish(): void {
    if (this.tty && this.total > 0) this.io.stderr.write('\n');
  }
}
