import type { AnswerValue } from '../../domain/model.ts';
import type { ScoreStatus } from '../../domain/evaluate.ts';

/** What one node of the form shows: the only per-node state a field re-renders for. */
export interface NodeView {
  /** Its condition holds and its parent shows. */
  readonly visible: boolean;
  /** Rendered: visible, or folded and "Visa alla grenar" is on. */
  readonly shown: boolean;
  readonly value: AnswerValue | undefined;
  /** The computed value of a score. */
  readonly score: ScoreStatus | undefined;
  readonly problem: string | undefined;
  /** For the topmost folded node under "Visa alla grenar": what would show it. */
  readonly hiddenReason: string | undefined;
  /** Its answer was given before its branch closed and came back when the branch reopened. */
  readonly restored: boolean;
}

const sameScore = (a: ScoreStatus | undefined, b: ScoreStatus | undefined) =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.result === b.result &&
    a.complete === b.complete &&
    a.answered === b.answered &&
    a.items === b.items &&
    a.prorated === b.prorated);

const sameView = (a: NodeView, b: NodeView) =>
  a.visible === b.visible &&
  a.shown === b.shown &&
  a.value === b.value &&
  sameScore(a.score, b.score) &&
  a.restored === b.restored &&
  a.problem === b.problem &&
  a.hiddenReason === b.hiddenReason;

/**
 * The form's per-node views as a small external store: each field subscribes to its own view, so
 * a tick re-renders (and even asks) only the fields whose view changed, not all 5,000 (the zustand
 * selector pattern, keyed by node).
 */
export class PreviewViews {
  private readonly views: Map<string, NodeView>;
  private readonly listeners = new Map<string, Set<() => void>>();

  constructor(views: ReadonlyMap<string, NodeView>) {
    this.views = new Map(views);
  }

  /** Subscribes to one node's view. */
  readonly subscribeTo =
    (nodeId: string) =>
    (listener: () => void): (() => void) => {
      const forNode = this.listeners.get(nodeId) ?? new Set();
      this.listeners.set(nodeId, forNode.add(listener));
      return () => {
        forNode.delete(listener);
        if (forNode.size === 0) this.listeners.delete(nodeId);
      };
    };

  readonly get = (nodeId: string): NodeView | undefined => this.views.get(nodeId);

  /** Takes new views, keeping the old object of every node whose view did not change; tells only the changed. */
  publish(next: ReadonlyMap<string, NodeView>) {
    const changed: string[] = [];
    for (const [id, view] of next) {
      const before = this.views.get(id);
      if (before && sameView(before, view)) continue;
      this.views.set(id, view);
      changed.push(id);
    }
    // Every id of `next` is now here, so anything more is a node that is gone.
    if (this.views.size > next.size)
      for (const id of [...this.views.keys()]) {
        if (next.has(id)) continue;
        this.views.delete(id);
        changed.push(id);
      }
    for (const id of changed) this.listeners.get(id)?.forEach((listener) => listener());
  }
}
