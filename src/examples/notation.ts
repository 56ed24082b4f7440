/**
 * The notation example trees are written in, as domain-knowledge.md draws them: keywords with
 * their types, values, conditions by label and children (builder.ts turns them into documents).
 */
import type { Coding, Keyword, KeywordType, Operator } from '../domain/model.ts';

/** A condition clause before ids are known: the source by key (default: the parent), the value by label. */
export interface ClauseSpec {
  readonly operator: Operator;
  readonly value?: string | number;
  readonly source?: string;
}

export interface WhenSpec {
  readonly behavior: 'all' | 'any';
  readonly clauses: readonly ClauseSpec[];
}

export interface NodeSpec {
  readonly term: string;
  readonly type: KeywordType;
  /** Option labels, or [label, score] pairs. */
  readonly options?: readonly (string | readonly [string, number])[];
  readonly key?: string;
  readonly when?: WhenSpec;
  readonly required?: boolean;
  readonly description?: string;
  readonly unit?: string;
  readonly min?: number;
  readonly max?: number;
  readonly decimals?: number;
  readonly maxLength?: number;
  readonly minLength?: number;
  readonly singleLine?: boolean;
  readonly booleanAnswer?: boolean;
  readonly pattern?: string;
  readonly patternHint?: string;
  readonly notInFuture?: boolean;
  readonly notInPast?: boolean;
  /** For a date: the key of the date node this one may not come before. */
  readonly notBefore?: string;
  readonly missingItems?: Keyword['missingItems'];
  readonly codes?: readonly Coding[];
  readonly optionCodes?: Readonly<Record<string, readonly Coding[]>>;
  readonly shownIn1177?: boolean;
  /** For a score: keys of the nodes whose keywords are summed, optionally with a factor. */
  readonly scoreOf?: readonly (string | readonly [string, number])[];
  readonly bands?: readonly (readonly [number, number, string])[];
  readonly children?: readonly NodeSpec[];
}

type Extra = Omit<NodeSpec, 'term' | 'type' | 'options' | 'children'>;

export const heading = (term: string, children: readonly NodeSpec[], extra: Extra = {}): NodeSpec => ({
  term,
  type: 'heading',
  children,
  ...extra,
});
export const check = (term: string, extra: Extra = {}, children: readonly NodeSpec[] = []): NodeSpec => ({
  term,
  type: 'check',
  children,
  ...extra,
});
export const yesNo = (term: string, extra: Extra = {}, children: readonly NodeSpec[] = []): NodeSpec => ({
  term,
  type: 'yesNo',
  children,
  ...extra,
});
export const single = (
  term: string,
  options: NonNullable<NodeSpec['options']>,
  extra: Extra = {},
  children: readonly NodeSpec[] = [],
): NodeSpec => ({ term, type: 'singleChoice', options, children, ...extra });
export const multiple = (
  term: string,
  options: NonNullable<NodeSpec['options']>,
  extra: Extra = {},
  children: readonly NodeSpec[] = [],
): NodeSpec => ({ term, type: 'multipleChoice', options, children, ...extra });
export const text = (term: string, extra: Extra = {}): NodeSpec => ({ term, type: 'text', ...extra });
export const number = (term: string, unit: string, extra: Extra = {}): NodeSpec => ({
  term,
  type: 'number',
  unit,
  ...extra,
});
export const date = (term: string, extra: Extra = {}): NodeSpec => ({ term, type: 'date', ...extra });
export const dateTime = (term: string, extra: Extra = {}): NodeSpec => ({ term, type: 'dateTime', ...extra });
export const score = (
  term: string,
  scoreOf: NonNullable<NodeSpec['scoreOf']>,
  extra: Extra = {},
): NodeSpec => ({
  term,
  type: 'score',
  scoreOf,
  ...extra,
});

/** Clause builders; `source` is a node key, defaulting to the parent. */
export const is = (value: string, source?: string): ClauseSpec => ({
  operator: 'equals',
  value,
  ...(source && { source }),
});
export const isNot = (value: string, source?: string): ClauseSpec => ({
  operator: 'notEquals',
  value,
  ...(source && { source }),
});
export const has = (value: string, source?: string): ClauseSpec => ({
  operator: 'includes',
  value,
  ...(source && { source }),
});
export const compare = (operator: Operator, value: number, source?: string): ClauseSpec => ({
  operator,
  value,
  ...(source && { source }),
});
export const answered = (source?: string): ClauseSpec => ({
  operator: 'answered',
  ...(source && { source }),
});
export const when = (clause: ClauseSpec): WhenSpec => ({ behavior: 'all', clauses: [clause] });
export const whenAny = (...clauses: ClauseSpec[]): WhenSpec => ({ behavior: 'any', clauses });
export const whenAll = (...clauses: ClauseSpec[]): WhenSpec => ({ behavior: 'all', clauses });
