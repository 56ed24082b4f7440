import type { LibraryState } from '../domain/library.ts';
import type { Catalog, SavedVersion, TreeDocument } from '../domain/model.ts';
import { indexTree } from '../domain/tree.ts';
import { compareDocuments, type DocumentDiff, type FieldChange, type Impact } from '../domain/versions.ts';
import { describeCondition } from '../formats/describe-condition.ts';
import { describeRules } from '../formats/describe-rules.ts';
import type { Strings } from './strings.ts';

/** The two sides of a comparison, for saying conditions and rules in words. */
export interface DiffSides {
  readonly before: { readonly document: TreeDocument; readonly catalog: Catalog };
  readonly after: { readonly document: TreeDocument; readonly catalog: Catalog };
}

/** One line of Jämför: a keyword added, removed or changed, its impact, and what changed in words. */
export interface DiffLine {
  readonly text: string;
  readonly impact: Impact | undefined;
  readonly details: readonly string[];
}

const number = (n: number | undefined, none: string) =>
  n === undefined ? none : String(n).replace('.', ',');

/** One changed field as a sentence: the old and the new value. */
function describeDetail(detail: FieldChange, nodeId: string, sides: DiffSides, strings: Strings): string {
  const t = strings.versions;
  const d = t.detail;
  const name = t.fields[detail.field];
  const field = name.charAt(0).toLocaleUpperCase() + name.slice(1);
  const text = (value: string | undefined) => (value === undefined || value === '' ? d.none : `"${value}"`);
  switch (detail.field) {
    case 'term':
    case 'unit':
    case 'description':
      return d.fromTo(field, text(detail.before), text(detail.after));
    case 'type':
      return d.fromTo(field, strings.keywordType[detail.before], strings.keywordType[detail.after]);
    case 'optionsAdded':
      return d.added(detail.labels.join(', '));
    case 'optionsRemoved':
      return d.removed(detail.labels.join(', '));
    case 'optionLabels':
      return detail.renamed.map((r) => d.renamed(`"${r.before}"`, `"${r.after}"`)).join('; ');
    case 'scores':
      return detail.rescored
        .map((r) => d.rescored(r.label, number(r.before, d.none), number(r.after, d.none)))
        .join('; ');
    case 'range': {
      const limits = (l: typeof detail.before) =>
        [
          l.min !== undefined || l.max !== undefined ? `${number(l.min, '')}–${number(l.max, '')}` : '',
          l.decimals !== undefined ? strings.rules.decimals(l.decimals) : '',
          l.maxLength !== undefined ? strings.rules.maxLength(l.maxLength) : '',
        ]
          .filter(Boolean)
          .join(', ') || d.none;
      return d.fromTo(field, limits(detail.before), limits(detail.after));
    }
    case 'rules': {
      const rules = (side: DiffSides['before'], keyword: typeof detail.before) =>
        describeRules(keyword, side.catalog, strings.rules).join(', ') || d.none;
      return d.fromTo(field, rules(sides.before, detail.before), rules(sides.after, detail.after));
    }
    case 'codes':
      return d.fromTo(field, detail.before.join(', ') || d.none, detail.after.join(', ') || d.none);
    case 'condition': {
      const say = (side: DiffSides['before'], condition: typeof detail.before) =>
        condition
          ? describeCondition(
              condition,
              nodeId,
              indexTree(side.document.nodes),
              side.catalog,
              strings.condition,
              { nameParent: true },
            )
          : d.alwaysShown;
      return d.fromTo(field, say(sides.before, detail.before), say(sides.after, detail.after));
    }
    case 'required':
      return d.required(detail.after);
    case 'place':
      return d.moved;
    case 'include':
      return d.fromTo(field, detail.before || d.none, detail.after || d.none);
  }
}

/**
 * A comparison in words, per keyword: what was added, removed and changed, each change with its
 * old and new value (term, type, values added, removed, renamed and rescored, conditions, required,
 * codes, rules) and its impact; first whether it breaks.
 */
export function describeChanges(diff: DocumentDiff, sides: DiffSides, strings: Strings): DiffLine[] {
  const t = strings.versions;
  if (diff.changes.length === 0) return [{ text: t.noChanges, impact: undefined, details: [] }];
  const lines: DiffLine[] = diff.changes.map((change) => {
    if (change.kind === 'added') return { text: t.added(change.term), impact: undefined, details: [] };
    if (change.kind === 'removed') return { text: t.removed(change.term), impact: 'major', details: [] };
    const impact = change.details.reduce<Impact>(
      (worst, d) =>
        d.impact === 'major' || worst === 'major' ? 'major' : d.impact === 'minor' ? 'minor' : worst,
      'patch',
    );
    return {
      text: t.changed(change.term, change.fields.map((field) => t.fields[field]).join(', ')),
      impact,
      details: change.details.map(
        (detail) => `${describeDetail(detail, change.nodeId, sides, strings)} (${t.impact[detail.impact]})`,
      ),
    };
  });
  if (diff.breaking) lines.unshift({ text: t.breaking, impact: 'major', details: [] });
  else if (diff.textsOnly) lines.unshift({ text: t.textsOnly, impact: 'patch', details: [] });
  return lines;
}

/** The comparison of a saved version with the document as it is now, with both sides. */
export function diffWithCurrent(
  version: SavedVersion,
  document: TreeDocument,
  library: LibraryState,
): { diff: DocumentDiff; sides: DiffSides } {
  const sides: DiffSides = {
    before: { document: version.document, catalog: new Map(version.keywords.map((k) => [k.id, k])) },
    after: { document, catalog: library.keywords },
  };
  return { diff: compareDocuments(sides.before, sides.after), sides };
}
