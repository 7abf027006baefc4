import type { FindingKind } from '../../../shared/domain/finding';
import { useHqLabels } from './labels';

/** Commendable or adverse: colour, a mark and the word, so colour is never the only cue. */
export function KindBadge({ kind }: { kind: FindingKind }) {
  const l = useHqLabels();
  return (
    <span className={`hqi-kind hqi-kind-${kind}`}>
      <span aria-hidden="true" className="hqi-kind-mark">{kind === 'commendable' ? '✓' : '!'}</span>
      {l.kind(kind)}
    </span>
  );
}
