import { useId } from 'react';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { countDiagnostics } from '../../validation/diagnostics.ts';
import { useLanguage, useStrings } from '../../i18n/language.tsx';
import { useDamagedKeywords } from '../../state/damaged-keywords.ts';
import { LIMITS } from '../../domain/limits.ts';
import { inWords } from '../../i18n/in-words.ts';

export interface DiagnosticsPanelProps {
  readonly diagnostics: readonly Diagnostic[];
  readonly onSelectNode: (nodeId: string) => void;
  /** Not yet checked ('first'), or the findings shown are being checked again after a change. */
  readonly checking?: 'first' | 'again' | undefined;
  /** The checks could not run: why. */
  readonly failed?: string | undefined;
  /** The check took longer than the time limit (in seconds) and was stopped. */
  readonly timedOutAfter?: number | undefined;
}

/** "Kontroll": error and warning counts, and each finding as a button that selects its node. */
export function DiagnosticsPanel({
  diagnostics,
  onSelectNode,
  checking,
  failed,
  timedOutAfter,
}: DiagnosticsPanelProps) {
  const t = useStrings();
  const language = useLanguage();
  const damagedKeywords = useDamagedKeywords();
  const headingId = useId();
  const { errors, warnings } = countDiagnostics(diagnostics);
  const shown = diagnostics.slice(0, LIMITS.diagnosticsShown);
  return (
    <section className="panel diagnostics" aria-labelledby={headingId} aria-busy={checking !== undefined}>
      <h2 id={headingId}>{t.diagnostics}</h2>
      <p className="diagnostics-counts" aria-live="polite">
        {timedOutAfter !== undefined
          ? t.checkTimedOut(timedOutAfter)
          : failed !== undefined
            ? t.checkFailed(failed)
            : checking === 'first'
              ? t.checking
              : diagnostics.length === 0
                ? t.noDiagnostics
                : t.counts(errors, warnings)}
      </p>
      {shown.length > 0 ? (
        <ul className="diagnostics-list">
          {shown.map((diagnostic, i) => {
            const nodeId = diagnostic.nodeId;
            // A keyword missing because its stored record is damaged is said as that (issue 18, case 4).
            const keywordId = diagnostic.code === 'UNKNOWN_KEYWORD' ? diagnostic.params.keywordId : undefined;
            const words =
              typeof keywordId === 'string' && damagedKeywords.has(keywordId)
                ? t.damagedKeywordFinding(keywordId)
                : inWords(diagnostic, language);
            const text = `${t.severity[diagnostic.severity]}: ${words}`;
            return (
              <li
                key={`${diagnostic.code}-${nodeId ?? diagnostic.keywordId ?? ''}-${i}`}
                className={`is-${diagnostic.severity}`}
              >
                {nodeId ? (
                  <button type="button" onClick={() => onSelectNode(nodeId)}>
                    {text}
                  </button>
                ) : (
                  <span>{text}</span>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
