import { describe, expect, it } from 'vitest';
import { PreviewViews, type NodeView } from '../../../src/features/preview/preview-views.ts';

const view = (over: Partial<NodeView> = {}): NodeView => ({
  visible: true,
  shown: true,
  value: undefined,
  score: undefined,
  problem: undefined,
  hiddenReason: undefined,
  restored: false,
  ...over,
});

describe('PreviewViews', () => {
  it('tells only the fields whose view changed, and keeps the old object of the others', () => {
    const store = new PreviewViews(
      new Map([
        ['a', view()],
        ['b', view({ visible: false, shown: false })],
      ]),
    );
    const told: string[] = [];
    for (const id of ['a', 'b', 'c']) store.subscribeTo(id)(() => told.push(id));
    const a = store.get('a');
    store.publish(
      new Map([
        ['a', view()],
        ['b', view()],
        ['c', view({ value: 'ja' })],
      ]),
    );
    expect(told).toEqual(['b', 'c']);
    expect(store.get('a')).toBe(a);
    expect(store.get('b')?.visible).toBe(true);
    told.length = 0;
    store.publish(
      new Map([
        ['a', view()],
        ['c', view({ value: 'ja' })],
      ]),
    );
    expect(told).toEqual(['b']);
    expect(store.get('b')).toBeUndefined();
  });

  it('stops telling a field that unsubscribed', () => {
    const store = new PreviewViews(new Map([['a', view()]]));
    let told = 0;
    const unsubscribe = store.subscribeTo('a')(() => told++);
    unsubscribe();
    store.publish(new Map([['a', view({ value: 'x' })]]));
    expect(told).toBe(0);
  });
});
