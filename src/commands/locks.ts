import type { LibraryState } from '../domain/index.ts';
import { isLocked, placesKeyword } from '../domain/index.ts';
import type { Change, CommandName, Refusal } from './command.ts';

/** What a Godkänd or Avvecklad document still takes: its workflow, comments, Testfall and removal. */
const ALLOWED_WHEN_LOCKED: ReadonlySet<CommandName> = new Set<CommandName>([
  'setDocumentStatus',
  'startRevision',
  'addComment',
  'resolveComment',
  'saveScenario',
  'updateScenario',
  'removeScenario',
  'saveVersion',
  'deleteDocument',
  'recoverDocument',
]);

/**
 * Why a change may not be made to locked content: a change to a Godkänd or Avvecklad document
 * ('documentLocked'), or to a keyword such a document places ('keywordLocked'). Undefined when it may.
 */
export function lockedRefusal(state: LibraryState, change: Change): Refusal | undefined {
  const keywordIds = change.keywordIds ?? [];
  if (ALLOWED_WHEN_LOCKED.has(change.name)) return undefined;
  const document = change.documentId ? state.documents.get(change.documentId) : undefined;
  if (document && isLocked(document)) return 'documentLocked';
  if (keywordIds.length === 0) return undefined;
  // Locked documents are few; each is indexed once per version (a keystroke reads no tree).
  const lockedDocuments = [...state.documents.values()].filter(isLocked);
  const locked = keywordIds.some((id) => lockedDocuments.some((user) => placesKeyword(user, id)));
  return locked ? 'keywordLocked' : undefined;
}
