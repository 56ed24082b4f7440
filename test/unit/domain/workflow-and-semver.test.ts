import { describe, expect, it } from 'vitest';
import type { DocumentStatus, TreeDocument } from '../../../src/domain/model.ts';
import {
  canTransition,
  getOpenComments,
  isExpired,
  isLocked,
  STATUS_TRANSITIONS,
} from '../../../src/domain/workflow.ts';
import { SEMVER } from '../../../src/domain/version-numbers.ts';

const STATUSES: DocumentStatus[] = ['draft', 'review', 'approved', 'retired'];

describe('the review workflow, every pair of statuses', () => {
  const allowed = new Set([
    'draft>review',
    'review>approved',
    'review>draft',
    'approved>retired',
    'approved>draft',
    'retired>draft',
  ]);
  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.has(`${from}>${to}`));
  });
  it('lists the transitions in the order the UI offers them', () => {
    expect(STATUS_TRANSITIONS).toEqual({
      draft: ['review'],
      review: ['approved', 'draft'],
      approved: ['retired', 'draft'],
      retired: ['draft'],
    });
  });
  it('locks Godkänd and Avvecklad only', () => {
    expect(STATUSES.filter((status) => isLocked({ status }))).toEqual(['approved', 'retired']);
  });
  it('lists the comments not yet resolved, in order', () => {
    const comment = (id: string, resolvedAt?: string) => ({
      id,
      nodeId: 'n',
      author: 'A',
      text: id,
      createdAt: '2026-12-01T10:00:00Z',
      ...(resolvedAt === undefined ? {} : { resolvedAt }),
    });
    const document = {
      comments: [comment('a'), comment('b', '2026-12-02T10:00:00Z'), comment('c')],
    } as unknown as TreeDocument;
    expect(getOpenComments(document).map((c) => c.id)).toEqual(['a', 'c']);
    expect(getOpenComments({} as TreeDocument)).toEqual([]);
  });
  it('empties Papperskorg after exactly 30 days', () => {
    const deleted = '2026-11-01T12:00:00.000Z';
    expect(isExpired(deleted, '2026-12-01T11:59:59.999Z')).toBe(false);
    expect(isExpired(deleted, '2026-12-01T12:00:00.000Z')).toBe(true);
    expect(isExpired(deleted, '2026-12-01T12:00:00.001Z')).toBe(true);
  });
});

describe('SEMVER', () => {
  it.each(['0.0.0', '1.2.3', '10.20.30', '1.0.0-rc.1', '1.0.0-alpha-2', '1.0.0-A.b.9'])(
    '%s is a version',
    (v) => {
      expect(SEMVER.test(v)).toBe(true);
    },
  );
  it.each([
    '01.0.0',
    '1.01.0',
    '1.0.01',
    '1.0',
    '1.0.0.0',
    'v1.0.0',
    '1.0.0 ',
    ' 1.0.0',
    '1.0.0-',
    '1.0.0-rc_1',
    '1.0.0-rc!',
    'a.0.0',
    '1.a.0',
    '1.0.a',
    '1a.0.0',
    '1.2a.0',
    '1.0.3a',
  ])('%s is not', (v) => {
    expect(SEMVER.test(v)).toBe(false);
  });
  it('takes many digits after the first', () => {
    expect(SEMVER.test('123.456.789')).toBe(true);
  });
});
