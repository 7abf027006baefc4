/** What one checklist card shows: the checked choice's label and the note text. */
export interface ItemShown {
  readonly choice: string | null;
  readonly note: string;
}

interface Attempt {
  readonly choices: Set<string | null>;
  /** The full note text being typed when the browser died (any prefix may have landed). */
  note?: string;
}

export interface LedgerCheck {
  readonly checked: number;
  readonly lost: readonly string[];
}

/**
 * The Node side's record of what the UI confirmed as saved. A change the UI
 * had not confirmed when the browser was killed may or may not survive; a
 * confirmed one must.
 */
export class SavedLedger {
  private readonly confirmed = new Map<string, ItemShown>();
  private readonly attempts = new Map<string, Attempt>();
  private readonly findings = new Set<string>();

  attemptChoice(itemId: string, choice: string): void {
    this.attempt(itemId).choices.add(choice);
  }

  attemptNote(itemId: string, finalText: string): void {
    this.attempt(itemId).note = finalText;
  }

  /** The card's indicator said "saved" while it showed `shown`. */
  confirm(itemId: string, shown: ItemShown): void {
    this.confirmed.set(itemId, shown);
    this.attempts.delete(itemId);
  }

  confirmFinding(findingId: string): void {
    this.findings.add(findingId);
  }

  /** Compares what the restarted app shows, then takes it as the new baseline. */
  check(restored: ReadonlyMap<string, ItemShown>, restoredFindings: ReadonlySet<string>): LedgerCheck {
    const lost: string[] = [];
    for (const [itemId, expected] of this.confirmed) {
      const shown = restored.get(itemId) ?? { choice: null, note: '' };
      const attempt = this.attempts.get(itemId);
      const choiceKept = shown.choice === expected.choice || (attempt?.choices.has(shown.choice) ?? false);
      const noteKept =
        shown.note === expected.note ||
        (attempt?.note !== undefined && attempt.note.startsWith(shown.note) && shown.note.startsWith(expected.note));
      if (!choiceKept) lost.push(`${itemId}: choice ${String(expected.choice)} → ${String(shown.choice)}`);
      if (!noteKept) lost.push(`${itemId}: note ${JSON.stringify(expected.note)} → ${JSON.stringify(shown.note)}`);
    }
    for (const id of this.findings) if (!restoredFindings.has(id)) lost.push(`finding ${id}`);
    const checked = this.confirmed.size + this.findings.size;
    this.attempts.clear();
    for (const [itemId, shown] of restored) this.confirmed.set(itemId, shown);
    for (const id of restoredFindings) this.findings.add(id);
    return { checked, lost };
  }

  private attempt(itemId: string): Attempt {
    let attempt = this.attempts.get(itemId);
    if (!attempt) {
      attempt = { choices: new Set() };
      this.attempts.set(itemId, attempt);
    }
    return attempt;
  }
}
