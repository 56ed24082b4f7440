import { randomBytes } from 'node:crypto';
import { message, type Message } from '../domain/message.ts';

/** The exit status of a run stopped by a bug of ours (documented in the README). */
export const INTERNAL_ERROR_EXIT = 3;

/**
 * A bug met while working, as one line a person can report: "internt fel" with a short id and the
 * error's own words, never a stack trace or an engine message alone.
 */
export function internalError(error: unknown): Message<'CLI_INTERNAL_ERROR'> {
  const detail = error instanceof Error ? error.message : String(error);
  return message('CLI_INTERNAL_ERROR', { id: randomBytes(3).toString('hex'), detail: detail.slice(0, 200) });
}
