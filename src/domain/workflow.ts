import type { Comment, DocumentStatus, TreeDocument } from './model.ts';

/**
 * The review workflow: Utkast → Granskas → Godkänd → Avvecklad. Godkänd needs Granskas first;
 * back to Utkast is allowed from Granskas (changes asked for), Godkänd and Avvecklad (a new
 * revision). Every transition needs a reason; the change log keeps who, when and why.
 */
export const STATUS_TRANSITIONS: Readonly<Record<DocumentStatus, readonly DocumentStatus[]>> = {
  draft: ['review'],
  review: ['approved', 'draft'],
  approved: ['retired', 'draft'],
  retired: ['draft'],
};

export const canTransition = (from: DocumentStatus, to: DocumentStatus) =>
  STATUS_TRANSITIONS[from].includes(to);

/** A Godkänd or Avvecklad document is read-only: editing it starts a new Utkast revision. */
export const isLocked = (document: Pick<TreeDocument, 'status'>) =>
  document.status === 'approved' || document.status === 'retired';

/** The review comments not yet resolved, in the order they were written. */
export const getOpenComments = (document: TreeDocument): Comment[] =>
  (document.comments ?? []).filter((comment) => comment.resolvedAt === undefined);

/** How long a deleted document stays in Papperskorg. */
export const TRASH_DAYS = 30;

/** The days a trashed document has left (0 = it goes at the next start), given ISO times. */
export function daysLeftInTrash(deletedAt: string, now: string): number {
  const elapsed = (Date.parse(now) - Date.parse(deletedAt)) / 86_400_000;
  return Math.max(0, Math.ceil(TRASH_DAYS - elapsed));
}

/** True when a trashed document has been there 30 days or more. */
export const isExpired = (deletedAt: string, now: string) =>
  Date.parse(now) - Date.parse(deletedAt) >= TRASH_DAYS * 86_400_000;
