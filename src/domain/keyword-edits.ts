import type { Draft } from 'immer';
import type { Keyword, TreeDocument } from './model.ts';

/** The keyword fields an editor may change (id and type changes go through their own commands). */
export type KeywordFields = Partial<Omit<Keyword, 'id'>>;

/**
 * A recipe that sets keyword fields; a field set to undefined is removed, so the keyword keeps one
 * canonical form (exactOptionalPropertyTypes: absent, never undefined).
 * @example produce(keyword, updateKeyword({ term: 'Åtgärd', unit: undefined }))
 */
export function updateKeyword(fields: { readonly [K in keyof KeywordFields]: KeywordFields[K] | undefined }) {
  return (draft: Draft<Keyword>): void => {
    const target = draft as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete target[key];
      else target[key] = structuredClone(value);
    }
  };
}

/** The document metadata an editor may change directly. */
export type DocumentFields = Partial<
  Pick<TreeDocument, 'title' | 'description' | 'version' | 'status' | 'updatedAt'>
>;

/** A recipe that sets document metadata; undefined removes an optional field. */
export function updateDocument(fields: {
  readonly [K in keyof DocumentFields]: DocumentFields[K] | undefined;
}) {
  return (draft: Draft<TreeDocument>): void => {
    const target = draft as unknown as Record<string, unknown>;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) delete target[key];
      else target[key] = value;
    }
  };
}
