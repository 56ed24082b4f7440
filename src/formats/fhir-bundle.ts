import type { Catalog, TreeDocument } from '../domain/model.ts';
import type { ResolveFragment } from '../domain/assemble.ts';
import { collectIncludedFragments } from '../domain/included-fragments.ts';
import { createCatalog } from '../domain/model.ts';
import { message } from '../domain/message.ts';
import { toQuestionnaire } from './fhir-export.ts';
import type { Questionnaire } from './fhir-types.ts';
import { fromQuestionnaire, type FhirImport } from './fhir-import.ts';
import { asArray, isObject, type Json } from './fhir-json.ts';

/** A FHIR R4 Bundle of type collection: a modular template and the fragment versions it includes. */
export interface QuestionnaireBundle {
  readonly resourceType: 'Bundle';
  readonly type: 'collection';
  readonly entry: readonly { readonly resource: Questionnaire }[];
}

/**
 * The modular form of a template that travels with its fragments: the template Questionnaire first
 * (subQuestionnaire references), then one Questionnaire per fragment version it includes (url and
 * version as the references give them), for an SDC $assemble or a viewer that takes a collection.
 */
export function toQuestionnaireBundle(
  document: TreeDocument,
  catalog: Catalog,
  resolve: ResolveFragment,
): QuestionnaireBundle {
  const fragments = collectIncludedFragments(document, resolve);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      { resource: toQuestionnaire(document, catalog, { mode: 'modular', resolve }) },
      ...fragments.map((f) => ({
        resource: toQuestionnaire(f.document, createCatalog(f.keywords), { mode: 'modular', resolve }),
      })),
    ],
  };
}

/**
 * Reads a Bundle of Questionnaires (as toQuestionnaireBundle writes it): the first is the document,
 * the others the fragment versions it carries. Each goes through the Questionnaire import.
 */
export function fromQuestionnaireBundle(value: Json, now: string): FhirImport {
  const resources = asArray(value.entry)
    .map((entry) => (isObject(entry) && isObject(entry.resource) ? entry.resource : undefined))
    .filter((resource): resource is Json => resource?.resourceType === 'Questionnaire');
  const [main, ...rest] = resources;
  if (!main) return { ok: false, problem: message('FHIR_BUNDLE_WITHOUT_QUESTIONNAIRE') };
  const first = fromQuestionnaire(main, now);
  if (!first.ok) return first;
  const fragments = [];
  for (const resource of rest) {
    const read = fromQuestionnaire(resource, now);
    if (!read.ok) return read;
    fragments.push({ document: read.file.document, keywords: read.file.keywords });
  }
  return fragments.length > 0 ? { ...first, file: { ...first.file, fragments } } : first;
}
