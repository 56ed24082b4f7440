import { useMemo } from 'react';
import type { Keyword, KeywordFields, TreeDocument } from '../../domain/index.ts';
import {
  compilePattern,
  getPlacedKeywords,
  getTypeSpec,
  hasAnswerRules,
  usesField,
} from '../../domain/index.ts';
import type { Strings } from '../../i18n/strings.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../../components/fields.tsx';

type Update = (fields: { readonly [K in keyof KeywordFields]: KeywordFields[K] | undefined }) => void;

/**
 * "Svarsregler": what an answer must meet, as data the preview enforces and the exports carry:
 * text length and format, dates not in the future / past / before another date, and for a score
 * how many items may be left unanswered. Shown only for the types that have such rules.
 */
export function AnswerRulesFields(props: {
  keyword: Keyword;
  document: TreeDocument;
  catalog: ReadonlyMap<string, Keyword>;
  strings: Strings;
  update: Update;
}) {
  const { keyword, document, catalog, strings, update } = props;
  const t = strings.inspector.rules;
  const has = (field: Parameters<typeof usesField>[1]) => usesField(keyword.type, field);
  // The other date keywords of this document, which this one may be said not to precede.
  const dateOptions = useMemo(() => {
    if (!has('notBefore')) return [];
    const dates = getPlacedKeywords(document, catalog).filter(
      (k) => k.id !== keyword.id && getTypeSpec(k.type).answer === 'date',
    );
    return [{ value: '', label: t.noOtherDate }, ...dates.map((k) => ({ value: k.id, label: k.term }))];
    // has() reads keyword.type, which is in the dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [document, catalog, keyword.id, keyword.type, t]);
  if (!hasAnswerRules(keyword.type)) return null;
  const patternBroken = keyword.pattern !== undefined && compilePattern(keyword.pattern) === null;
  return (
    <fieldset className="answer-rules">
      <legend className="visually-hidden">{t.title}</legend>
      {has('maxLength') ? (
        <>
          <div className="field-row">
            <NumberField
              label={t.minLength}
              integer
              value={keyword.minLength}
              onCommit={(minLength) =>
                update({ minLength: minLength && minLength >= 1 ? minLength : undefined })
              }
            />
            <NumberField
              label={strings.inspector.maxLength}
              integer
              value={keyword.maxLength}
              onCommit={(maxLength) => update({ maxLength })}
            />
          </div>
          <CheckboxField
            label={t.singleLine}
            checked={keyword.singleLine === true}
            onChange={(on) => update({ singleLine: on || undefined })}
          />
          <TextField
            label={t.pattern}
            value={keyword.pattern ?? ''}
            hint={patternBroken ? t.patternBroken : t.patternHelp}
            onCommit={(pattern) => update({ pattern: pattern === '' ? undefined : pattern.slice(0, 200) })}
          />
          <TextField
            label={t.patternHint}
            value={keyword.patternHint ?? ''}
            onCommit={(hint) => update({ patternHint: hint.trim() === '' ? undefined : hint.trim() })}
          />
        </>
      ) : null}
      {has('notInFuture') ? (
        <>
          <CheckboxField
            label={t.notInFuture}
            checked={keyword.notInFuture === true}
            onChange={(on) => update({ notInFuture: on || undefined })}
          />
          <CheckboxField
            label={t.notInPast}
            checked={keyword.notInPast === true}
            onChange={(on) => update({ notInPast: on || undefined })}
          />
        </>
      ) : null}
      {has('notBefore') ? (
        <SelectField
          label={t.notBefore}
          value={keyword.notBefore ?? ''}
          options={dateOptions}
          onChange={(id) => update({ notBefore: id === '' ? undefined : id })}
        />
      ) : null}
      {has('missingItems') ? (
        <div className="field-row">
          <NumberField
            label={t.missingMax}
            integer
            value={keyword.missingItems?.max}
            onCommit={(max) =>
              update({
                missingItems:
                  max === undefined || max < 0
                    ? undefined
                    : { max, ...(keyword.missingItems?.prorate && { prorate: true }) },
              })
            }
          />
          <CheckboxField
            label={t.prorate}
            checked={keyword.missingItems?.prorate === true}
            onChange={(on) =>
              update({
                missingItems: { max: keyword.missingItems?.max ?? 0, ...(on && { prorate: true }) },
              })
            }
          />
        </div>
      ) : null}
    </fieldset>
  );
}
