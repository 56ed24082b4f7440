import { useId, useMemo, useState } from 'react';
import type { Answers, Catalog, Scenario, TreeDocument } from '../../domain/model.ts';
import {
  captureScenario,
  compareScenario,
  getScenarioAnswers,
  isScenarioPassing,
} from '../../domain/scenarios.ts';
import { indexTree } from '../../domain/tree.ts';
import { describeScenarioDifference } from '../../validation/check-document.ts';
import { removeScenario, updateScenario } from '../../commands/change-scenario.ts';
import { saveScenario } from '../../commands/save-scenario.ts';
import { useLanguage, useStrings } from '../../i18n/language.tsx';
import { useRun } from '../../state/run-context.ts';
import { inWords } from '../../i18n/in-words.ts';

export interface ScenariosPanelProps {
  /** The open document (its scenarios are stored with it). */
  readonly document: TreeDocument;
  /** The same document with its fragments assembled, as the preview shows it. */
  readonly assembled: TreeDocument;
  readonly catalog: Catalog;
  readonly answers: Answers;
  /** Loads a scenario's answers into the form. */
  readonly onLoad: (scenario: Scenario, answers: Answers) => void;
}

/**
 * "Testfall": the preview's answers saved with the outcome they give; each is re-run on every
 * change and says whether it still passes. Regression tests for templates, made by clicking.
 */
export function ScenariosPanel({ document, assembled, catalog, answers, onLoad }: ScenariosPanelProps) {
  const run = useRun();
  const t = useStrings();
  const language = useLanguage();
  const headingId = useId();
  const nameId = useId();
  const [name, setName] = useState('');
  const scenarios = document.scenarios ?? [];
  const results = useMemo(() => {
    const index = indexTree(assembled.nodes);
    return (document.scenarios ?? []).map((scenario) => {
      const difference = compareScenario(assembled, catalog, scenario);
      return {
        scenario,
        passing: isScenarioPassing(difference),
        words: describeScenarioDifference(difference, index, catalog),
      };
    });
  }, [document.scenarios, assembled, catalog]);

  const save = () => {
    const result = run((library, context) =>
      saveScenario(
        library,
        { documentId: document.id, name, captured: captureScenario(assembled, catalog, answers) },
        context,
      ),
    );
    if (result.ok) setName('');
  };

  return (
    <section className="panel scenarios" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.scenarios.title}</h2>
      <p className="scenarios-intro">{t.scenarios.intro}</p>
      <form
        className="scenario-save"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <label htmlFor={nameId}>{t.scenarios.name}</label>
        <input id={nameId} value={name} maxLength={500} onChange={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={name.trim() === ''}>
          {t.scenarios.save}
        </button>
      </form>
      {scenarios.length === 0 ? (
        <p>{t.scenarios.empty}</p>
      ) : (
        <ul className="scenario-list">
          {results.map(({ scenario, passing, words }) => (
            <li key={scenario.id} className={passing ? 'is-passing' : 'is-failing'}>
              <p>
                <strong>{scenario.name}</strong> – {passing ? t.scenarios.passing : t.scenarios.failing} (
                {t.scenarios.answers(scenario.answers.length)})
              </p>
              {passing ? null : <p className="scenario-difference">{inWords(words, language)}</p>}
              <div className="scenario-actions">
                <button
                  type="button"
                  aria-label={t.scenarios.loadLabel(scenario.name)}
                  onClick={() => onLoad(scenario, getScenarioAnswers(scenario))}
                >
                  {t.scenarios.load}
                </button>
                {passing ? null : (
                  <button
                    type="button"
                    aria-label={t.scenarios.updateLabel(scenario.name)}
                    onClick={() =>
                      run((library, context) =>
                        updateScenario(
                          library,
                          {
                            documentId: document.id,
                            scenarioId: scenario.id,
                            captured: captureScenario(assembled, catalog, getScenarioAnswers(scenario)),
                          },
                          context,
                        ),
                      )
                    }
                  >
                    {t.scenarios.update}
                  </button>
                )}
                <button
                  type="button"
                  aria-label={t.scenarios.removeLabel(scenario.name)}
                  onClick={() =>
                    run((library, context) =>
                      removeScenario(library, { documentId: document.id, scenarioId: scenario.id }, context),
                    )
                  }
                >
                  {t.scenarios.remove}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
