/**
 * Chromium remembers what is typed into text fields in files of its own, in
 * clear: form state for session restore ("Sessions/") and autocomplete
 * entries ("Web Data"). Officials' names, narratives and explanations must
 * not end up there (docs/0012-data-at-rest.md), so every field the app
 * renders without an explicit `autocomplete` gets `off` before the first
 * keystroke — a field added tomorrow included. Password fields keep theirs.
 */
export function stopFormMemory(root: Document = document): () => void {
  const mark = (event: Event) => {
    const target = event.target;
    if ((target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && !target.hasAttribute('autocomplete')) {
      target.setAttribute('autocomplete', 'off');
    }
  };
  // Capture phase: before any handler of the field itself, and before typing.
  root.addEventListener('focusin', mark, true);
  root.addEventListener('pointerdown', mark, true);
  return () => {
    root.removeEventListener('focusin', mark, true);
    root.removeEventListener('pointerdown', mark, true);
  };
}
