import { LIMITS } from '../domain/limits.ts';

/** Why a file was refused before its content was trusted; the message names what and where. */
export interface ParseFailure {
  readonly ok: false;
  readonly reason: 'tooLarge' | 'notUtf8' | 'notJson' | 'tooDeep' | 'forbiddenKey' | 'wrongRoot';
  readonly message: { readonly sv: string; readonly en: string };
}

export type ParseResult = { readonly ok: true; readonly value: Record<string, unknown> } | ParseFailure;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (reason: ParseFailure['reason'], sv: string, en: string): ParseFailure => ({
  ok: false,
  reason,
  message: { sv, en },
});

const formatMb = (bytes: number, decimalComma: boolean) => {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return `${decimalComma ? mb.replace('.', ',') : mb} MB`;
};

/** Refuses by size alone, before anything is read (a 50 MB file is never decoded). */
export function checkSize(bytes: number, limit: number): ParseFailure | undefined {
  if (bytes <= limit) return undefined;
  return fail(
    'tooLarge',
    `Filen är ${formatMb(bytes, true)}; högst ${formatMb(limit, true)} tillåts.`,
    `The file is ${formatMb(bytes, false)}; at most ${formatMb(limit, false)} is allowed.`,
  );
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
    return fail('notUtf8', 'Filen är UTF-16; UTF-8 förväntas.', 'The file is UTF-16; UTF-8 expected.');
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return fail('notUtf8', 'Filen är inte giltig UTF-8-text.', 'The file is not valid UTF-8 text.');
  }
}

/**
 * The one way untrusted JSON text enters the app: nesting pre-scan, JSON.parse with a reviver that
 * refuses __proto__, constructor and prototype keys anywhere, and an object at the root.
 */
export function parseJsonSafely(text: string, nestingLimit: number = LIMITS.jsonNesting): ParseResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const nesting = measureNesting(body, nestingLimit);
  if (nesting > nestingLimit) {
    return fail(
      'tooDeep',
      `Filen är nästlad djupare än ${nestingLimit} nivåer.`,
      `The file is nested deeper than ${nestingLimit} levels.`,
    );
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
    return fail(
      'notJson',
      `Filen är inte giltig JSON (${detail}).`,
      `The file is not valid JSON (${detail}).`,
    );
  }
  if (forbidden !== undefined) {
    return fail(
      'forbiddenKey',
      `Filen innehåller den otillåtna nyckeln "${forbidden}".`,
      `The file contains the forbidden key "${forbidden}".`,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(
      'wrongRoot',
      'Filen ska innehålla ett JSON-objekt överst.',
      'The file must hold a JSON object at the top.',
    );
  }
  return { ok: true, value: value as Record<string, unknown> };
}
