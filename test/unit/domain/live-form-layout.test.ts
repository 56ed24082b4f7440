import { describe, expect, it } from 'vitest';
import type { ScoreStatus } from '../../../src/domain/evaluate.ts';
import { sameProblem, sameScore, sameValue } from '../../../src/domain/live-form-layout.ts';

// What the live form counts as "unchanged" decides which views re-render: each field must count.
describe('the sameness tests of the live form', () => {
  const score: ScoreStatus = { result: 3, complete: true, answered: 2, items: 2, prorated: false };

  it('sameScore compares every field, and undefined only with undefined', () => {
    expect(sameScore(score, { ...score })).toBe(true);
    expect(sameScore(undefined, undefined)).toBe(true);
    expect(sameScore(score, undefined)).toBe(false);
    expect(sameScore(undefined, score)).toBe(false);
    for (const [field, other] of [
      ['result', 4],
      ['complete', false],
      ['answered', 1],
      ['items', 3],
      ['prorated', true],
    ] as const)
      expect(sameScore(score, { ...score, [field]: other }), field).toBe(false);
  });

  it('sameValue compares lists item by item, everything else by identity', () => {
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameValue(['a', 'b'], ['a', 'c'])).toBe(false);
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue(['a'], ['a', 'b'])).toBe(false);
    expect(sameValue(['a'], 'a')).toBe(false);
    expect(sameValue('a', ['a'])).toBe(false);
    expect(sameValue(3, 3)).toBe(true);
    expect(sameValue(3, '3')).toBe(false);
    expect(sameValue(undefined, undefined)).toBe(true);
    expect(sameValue(undefined, false)).toBe(false);
  });

  it('sameProblem compares what a problem says, and undefined only with undefined', () => {
    const problem = { nodeId: 'n', kind: 'belowMin', limit: 1 } as const;
    expect(sameProblem(problem, { ...problem })).toBe(true);
    expect(sameProblem(problem, { ...problem, limit: 2 })).toBe(false);
    expect(sameProblem(problem, undefined)).toBe(false);
    expect(sameProblem(undefined, problem)).toBe(false);
    expect(sameProblem(undefined, undefined)).toBe(true);
  });
});
