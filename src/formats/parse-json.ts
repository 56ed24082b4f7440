import { LIMITS } from '../domain/limits.ts';
import { message } from '../domain/message.ts';
import type { FormatCode, FormatMessage } from './format-messages.ts';

/** Why a file was refused before its content was trusted; the message names what and where. */
export interface ParseFailure {
  readonly ok: false;
  readonly message: FormatMessage;
}

export type ParseResult = { readonly ok: true; readonly value: Record<string, unknown> } | ParseFailure;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (code: FormatCode, params: FormatMessage['params'] = {}): ParseFailure => ({
  ok: false,
  message: message(code, params),
});

/** Refuses by size alone, before anything is read (a 50 MB file is never decoded). */
export function checkSize(bytes: number, limit: number): ParseFailure | undefined {
  if (bytes <= limit) return undefined;
  return fail('FILE_TOO_LARGE', { bytes, limit });
}

/**
 * The deepest nesting of [ and { outside strings, found by a linear scan of the raw text, so that a
 * hostile structure is refused before JSON.parse allocates it (quality-targets.md C5).
 */
export function measureNesting(text: string, stopAbove = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > stopAbove) return max;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return max;
}

/** Decodes bytes as UTF-8 (a BOM is stripped); UTF-16 and binary files are refused. */
export function decodeUtf8(bytes: Uint8Array): string | ParseFailure {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return fail('FILE_UTF16');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return fail('FILE_NOT_UTF8');
  }
}

/**
 * A file the user picked, as text: refused by its size before a byte is read, then decoded as the
 * command line decodes it (strict UTF-8; UTF-16 and binary refused), so a 500 MB file is refused at
 * once and a file that is not UTF-8 is never read as U+FFFD.
 */
export async function readUserFile(
  file: Pick<Blob, 'size' | 'arrayBuffer'>,
  limit: number,
): Promise<{ readonly ok: true; readonly text: string } | ParseFailure> {
  const tooLarge = checkSize(file.size, limit);
  if (tooLarge) return tooLarge;
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
  return typeof text === 'string' ? { ok: true, text } : text;
}

/**
 * The one way untrusted JSON text enters the app: nesting pre-scan, JSON.parse with a reviver that
 * refuses __proto__, constructor and prototype keys anywhere, and an object at the root.
 */
export function parseJsonSafely(text: string, nestingLimit: number = LIMITS.jsonNesting): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nesting = measureNesting(body, nestingLimit);
  if (nesting > nestingLimit) {
    return fail('FILE_TOO_DEEP', { limit: nestingLimit });
  }
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(body, function (this: unknown, key: string, v: unknown) {
      if (FORBIDDEN_KEYS.has(key)) forbidden ??= key;
      return v;
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail('FILE_NOT_JSON', { detail });
  }
  if (forbidden !== undefined) {
    return fail('FILE_FORBIDDEN_KEY', { key: forbidden });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail('FILE_WRONG_ROOT');
  }
  return { ok: true, value: value as Record<string, unknown> };
}
