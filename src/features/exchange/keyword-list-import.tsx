import { inWords } from '../../i18n/in-words.ts';
import type { KeywordListCheck } from './keyword-list-check.ts';
import type { Language, Strings } from '../../i18n/strings.ts';

/** The preview of a keyword list: keywords created and updated, or the rows that are wrong. */
export function KeywordListSummary(props: { check: KeywordListCheck; t: Strings; language: Language }) {
  const { check, t, language } = props;
  if (!check.ok) {
    return (
      <div role="alert" className="dialog-problem">
        <p>{t.exchange.listProblems(check.problems.length)}</p>
        <ul>
          {check.problems.slice(0, 50).map((problem, i) => (
            <li key={i}>{inWords(problem, language)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const { created, updated, unchanged } = check.plan;
  return (
    <div className="import-summary" role="status">
      <p>{t.exchange.listSummary(created.length, updated.length, unchanged)}</p>
      <ul>
        {[
          ...created.map((k) => t.exchange.listCreated(k.term)),
          ...updated.map((k) => t.exchange.listUpdated(k.term)),
        ]
          .slice(0, 50)
          .map((line, i) => (
            <li key={i}>{line}</li>
          ))}
      </ul>
    </div>
  );
}
