/**
 * The example library shipped with the app (domain-knowledge.md §2.3 and §3). These are illustrative
 * designs, not content approved by any Termgruppen: every document is marked as an example, status
 * Utkast. Labels the source marks as unverified say so in their description.
 */
import type { IncludeNode, Keyword, TreeDocument } from '../domain/model.ts';
import { buildDocument, heading, text } from './builder.ts';
import { restriction1177 } from './trees/restriction-1177.ts';
import { imagineCare } from './trees/imagine-care.ts';
import { lifestyle } from './trees/lifestyle.ts';
import { riskAssessment } from './trees/risk-assessment.ts';
import { phq9 } from './trees/phq9.ts';

const CREATED = '2026-11-25T09:00:00Z';

export const FRAGMENT_1177_ID = 'exempel-1177-fragment';

/** One document of the example library with the keywords it defines. */
export interface ExampleDocument {
  readonly document: TreeDocument;
  readonly keywords: readonly Keyword[];
}

/** A template with the 1177 fragment included (pinned to its version) under "Utförda åtgärder". */
function template1177(fragment: TreeDocument): ExampleDocument {
  const include: IncludeNode = {
    id: 'mall1177-inkludera-fragment',
    include: { fragmentId: fragment.id, version: fragment.version },
  };
  const built = buildDocument(
    {
      id: 'exempel-mottagningsbesok-1177',
      kind: 'template',
      title: 'Mottagningsbesök med åtgärder 1177',
      description:
        'Exempelmall där fragmentet om begränsande eller tillgängliggörande åtgärder 1177 ligger under Utförda åtgärder.',
      createdAt: CREATED,
    },
    'mall1177',
    [heading('Utförda åtgärder', [text('Åtgärder i fritext')])],
  );
  const [top] = built.document.nodes;
  if (!top || !('keywordId' in top)) throw new Error('the 1177 template must start with its heading');
  top.children = [include, ...(top.children ?? [])];
  return built;
}

/** Builds the whole example library: the 1177 fragment and a template using it, then four templates. */
export function buildExampleDocuments(): ExampleDocument[] {
  const fragment = buildDocument(
    {
      id: FRAGMENT_1177_ID,
      kind: 'fragment',
      title: 'Begränsande eller tillgängliggörande åtgärder 1177',
      description: 'Dynamiskt sökord: kryssa Ja så fälls undersökorden ut (domain-knowledge.md §2.3).',
      createdAt: CREATED,
    },
    'atg1177',
    [restriction1177],
  );
  const meta = (id: string, title: string, description: string) => ({
    id,
    kind: 'template' as const,
    title,
    description,
    createdAt: CREATED,
  });
  return [
    fragment,
    template1177(fragment.document),
    buildDocument(
      meta(
        'exempel-imaginecare',
        'Ordination av egenmonitorering – ImagineCare',
        'Ordination med mätvärden, formulär och skattningar.',
      ),
      'imagine',
      [imagineCare],
    ),
    buildDocument(
      meta(
        'exempel-levnadsvanor',
        'Levnadsvanor',
        'Tobak och nikotin, alkohol (AUDIT-C), fysisk aktivitet och matvanor enligt nationella riktlinjer.',
      ),
      'levnad',
      [lifestyle],
    ),
    buildDocument(
      meta(
        'exempel-riskbedomning',
        'Riskbedömning fall och trycksår',
        'Fallriskutredning (DFRI) och Modifierad Nortonskala enligt Senior alert.',
      ),
      'risk',
      [riskAssessment],
    ),
    buildDocument(
      meta(
        'exempel-phq9',
        'PHQ-9 depressionsskattning',
        'Nio frågor, summa med svårighetsgrad och funktionsfråga.',
      ),
      'phq9',
      [phq9],
    ),
  ];
}
