/**
 * answerValueSet: a choice item's answers named by a ValueSet rather than listed. A contained one
 * ("#id") is expanded into the keyword's value list for the preview and conditions; the reference
 * itself stays on the keyword (valueSet) and goes back to FHIR as it was.
 */
import type { Option } from '../domain/model.ts';
import type { Json } from './fhir-json.ts';
import { asArray, ID, isObject } from './fhir-json.ts';
import { EXT } from './fhir-urls.ts';

/** The concepts of a contained ValueSet: its expansion if it has one, else its compose's concepts. */
function conceptsOf(valueSet: Json): { system: string; code: string; display?: string; score?: number }[] {
  const expansion = isObject(valueSet.expansion) ? asArray(valueSet.expansion.contains) : [];
  const listed =
    expansion.length > 0
      ? expansion
          .filter(isObject)
          .map((c) => ({ system: c.system, code: c.code, display: c.display, extension: c.extension }))
      : asArray(isObject(valueSet.compose) ? valueSet.compose.include : [])
          .filter(isObject)
          .flatMap((include) =>
            asArray(include.concept)
              .filter(isObject)
              .map((c) => ({
                system: include.system,
                code: c.code,
                display: c.display,
                extension: c.extension,
              })),
          );
  return listed.flatMap((c) => {
    if (typeof c.code !== 'string') return [];
    const weight = asArray(c.extension).find((e) => isObject(e) && e.url === EXT.ordinalValue);
    const score =
      isObject(weight) && typeof weight.valueDecimal === 'number' ? weight.valueDecimal : undefined;
    return [
      {
        system: typeof c.system === 'string' ? c.system : '',
        code: c.code,
        ...(typeof c.display === 'string' && { display: c.display }),
        ...(score !== undefined && { score }),
      },
    ];
  });
}

/**
 * The value list of a contained ValueSet an item names ("#id"), with the code system its codes
 * share ('' for none, undefined when they mix); undefined when it is not contained here.
 */
export function expandContained(
  reference: string,
  contained: readonly unknown[],
): { options: Option[]; system: string | undefined } | undefined {
  if (!reference.startsWith('#')) return undefined;
  const valueSet = contained.find(
    (r): r is Json => isObject(r) && r.resourceType === 'ValueSet' && r.id === reference.slice(1),
  );
  if (!valueSet) return undefined;
  const concepts = conceptsOf(valueSet);
  const systems = new Set(concepts.map((c) => c.system));
  // A code two systems share is one option id only once; the second is its v<n> (the reference
  // goes back to FHIR as it was, so the ids only serve the preview and conditions).
  const seen = new Set<string>();
  const options = concepts.map((c, i): Option => ({
    id: ID.test(c.code) && !seen.has(c.code) && seen.add(c.code) ? c.code : `v${i + 1}`,
    label: c.display ?? c.code,
    ...(c.score !== undefined && { score: c.score }),
  }));
  return { options, system: systems.size === 1 ? [...systems][0] : undefined };
}
