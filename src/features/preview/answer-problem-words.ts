import type { AnswerProblem } from '../../domain/answer-checks.ts';
import type { Strings } from '../../i18n/strings.ts';
import { formatDecimal } from './field-ids.ts';

/** What the answer check says about one answer, in the app's language. */
export function describeProblem(problem: AnswerProblem, t: Strings): string {
  const p = t.preview.problem;
  switch (problem.kind) {
    case 'required':
      return p.required;
    case 'belowMin':
      return p.belowMin(formatDecimal(problem.limit));
    case 'aboveMax':
      return p.aboveMax(formatDecimal(problem.limit));
    case 'tooManyDecimals':
      return p.tooManyDecimals(problem.limit);
    case 'tooLong':
      return p.tooLong(problem.limit);
    case 'invalidDate':
      return p.invalidDate;
    case 'invalidDateTime':
      return p.invalidDateTime;
    case 'tooShort':
      return p.tooShort(problem.limit);
    case 'patternMismatch':
      return p.patternMismatch(problem.hint);
    case 'inFuture':
      return p.inFuture(problem.today);
    case 'inPast':
      return p.inPast(problem.today);
    case 'beforeDate':
      return p.beforeDate(problem.otherTerm, problem.otherDate);
  }
}
