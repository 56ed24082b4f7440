import type { AnswerValue } from '../../domain/model.ts';

/** What one node of the form shows: the only per-node state a field re-renders for. */
export interface NodeView {
  /** Its condition holds and its parent shows. */
  readonly visible: boolean;
  /** Rendered: visible, or folded and "Visa alla grenar" is on. */
  readonly shown: boolean;
  readonly value: AnswerValue | undefined;
  /** The computed value of a score. */
  readonly score: AnswerValue | undefined;
  readonly problem: string | undefined;
  /** For the topmost folded node under "Visa alla grenar": what would show it. */
  readonly hiddenReason: string | undefined;
}

const sameView = (a: NodeView, b: NodeView) =>
  a.visible === b.visible &&
  a.shown === b.shown &&
  a.value === b.value &&
  a.score === b.score &&
  a.problem === b.problem &&
  a.hiddenReason === b.hiddenReason;

/**
 * The form's per-node views as a small external store: each field subscribes to its own view, so
 * a tick re-renders the few fields whose view changed, not all 5,000 (the zustand selector pattern).
 */
export class PreviewViews {
  private views: ReadonlyMap<string, NodeView>;
  private readonly listeners = new Set<() => void>();

  constructor(views: ReadonlyMap<string, NodeView>) {
    this.views = views;
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly get = (nodeId: string): NodeView | undefined => this.views.get(nodeId);

  /** Takes new views, keeping the old object of every node whose view did not change. */
  publish(next: ReadonlyMap<string, NodeView>) {
    const merged = new Map<string, NodeView>();
    let changed = next.size !== this.views.size;
    for (const [id, view] of next) {
      const before = this.views.get(id);
      if (before && sameView(before, view)) merged.set(id, before);
      else {
        merged.set(id, view);
        changed = true;
      }
    }
    this.views = merged;
    if (changed) this.listeners.forEach((listener) => listener());
  }
}
