import type { AnswerProblem } from './answer-checks.ts';
import type { Evaluation } from './evaluate.ts';
import type { Slot } from './live-form-layout.ts';
import { answerLines, headingLine } from './note.ts';
import type { TreeIndex } from './tree.ts';

/**
 * A live form's note text, from the answered nodes alone (and the headings above them): the same
 * text getNoteText writes for the whole document, read from the form's slots.
 */
export function formNoteText(
  slots: readonly Slot[],
  places: TreeIndex['places'],
  form: Evaluation & { readonly problems: ReadonlyMap<string, AnswerProblem> },
): string {
  const lineNodes = new Set<number>();
  const reachable = new Map<number, boolean>();
  // A keyword missing from the catalogue (or an include not found) stops the note below it.
  const reaches = (at: number): boolean => {
    if (at < 0) return true;
    let known = reachable.get(at);
    if (known === undefined) {
      known = slots[at]!.keyword !== undefined && reaches(slots[at]!.parent);
      reachable.set(at, known);
    }
    return known;
  };
  const candidates = new Set([...form.values.keys(), ...form.scores.keys()]);
  for (const id of candidates) {
    const at = places.get(id)!.order;
    const slot = slots[at]!;
    if (slot.answer === 'none' || !reaches(at)) continue;
    if (answerLines(id, slot.keyword!, slot.depth, form, form.problems.get(id)).length === 0) continue;
    lineNodes.add(at);
    for (let up = slot.parent; up >= 0; up = slots[up]!.parent)
      if (slots[up]!.answer === 'none') lineNodes.add(up);
  }
  const lines: string[] = [];
  for (const at of [...lineNodes].sort((a, b) => a - b)) {
    const slot = slots[at]!;
    if (slot.answer === 'none') lines.push(headingLine(slot.keyword!, slot.depth));
    else
      lines.push(
        ...answerLines(slot.node.id, slot.keyword!, slot.depth, form, form.problems.get(slot.node.id)),
      );
  }
  return lines.join('\n');
}
