import { describe, expect, it } from 'vitest';
import type { TreeDocument } from '../../../src/domain/model.ts';
import { assembleDocument, indexTree, isKeywordNode } from '../../../src/domain/index.ts';
import { collectFragments, resolveIn } from '../../../src/domain/index.ts';
import { getBranchMap } from '../../../src/validation/index.ts';
import { exampleCatalog, exampleLibrary } from '../../helpers/examples.ts';
import { inWords } from '../../../src/i18n/in-words.ts';

const library = exampleLibrary();
const fragments = collectFragments(library);
const assembled = (id: string) =>
  assembleDocument(
    library.documents.find((d) => d.id === id)!,
    exampleCatalog,
    resolveIn(fragments),
  ).document;

/** The branch map as lines a reviewer reads: "Source | Answer → revealed, revealed*" (* = needs more). */
function mapLines(document: TreeDocument): string[] {
  const places = indexTree(document.nodes).places;
  const term = (id: string) => {
    const node = places.get(id)!.node;
    return isKeywordNode(node) ? exampleCatalog.get(node.keywordId)!.term : node.include.fragmentId;
  };
  const map = getBranchMap(document, exampleCatalog);
  return map.controls.flatMap((control) => [
    ...control.answers.map(
      (answer) =>
        `${term(control.nodeId)} | ${answer.label ?? '(inget svar)'} → ${answer.reveals
          .map((r) => term(r.nodeId) + (r.needsMore ? '*' : ''))
          .join(', ')}`,
    ),
    ...(control.comparedBy.length > 0
      ? [`${term(control.nodeId)} | jämförs → ${control.comparedBy.map(term).join(', ')}`]
      : []),
  ]);
}

describe('getBranchMap over every shipped example', () => {
  it('1177 fragment: Ja reveals the eight decision keywords, each Åtgärd its own branch', () => {
    const lines = mapLines(assembled('exempel-1177-fragment'));
    expect(lines).toContain(
      'Begränsande eller tillgängliggörande åtgärder 1177 | Ja → Åtgärd, Begäran/initiativ från, Beslut fattat av, Beslutsdatum, Bedömning och skäl, Patient/vårdnadshavare informerad, Begäran skickad till Stöd och service, Planerad omprövning',
    );
    expect(lines).toContain('Begränsande eller tillgängliggörande åtgärder 1177 | Nej → ');
    expect(lines).toContain('Åtgärd | Begränsning → Typ av begränsning, Bedömd risk för men för');
    expect(lines).toContain(
      'Åtgärd | Tillgängliggörande → Tillgängliggörandet avser, Omfattning, Verksamhet (klinik/vårdcentral), Tidsbegränsat',
    );
    expect(lines).toContain(
      'Typ av begränsning | Försegling av 1177 journal – viss tidsperiod → Period från, Period till',
    );
    expect(lines).toContain(
      'Patient/vårdnadshavare informerad | Ej lämpligt → Skäl till att information inte lämnats',
    );
    const map = getBranchMap(assembled('exempel-1177-fragment'), exampleCatalog);
    expect([map.controls.length, map.conditional.length]).toEqual([8, 28]);
    expect(map.conditional.filter((c) => c.neverOpens)).toEqual([]);
  });

  it('the template shows the included fragment’s branches under the include’s prefixed ids', () => {
    const template = assembled('exempel-mottagningsbesok-1177');
    const fragment = assembled('exempel-1177-fragment');
    expect(mapLines(template)).toEqual(mapLines(fragment));
    const map = getBranchMap(template, exampleCatalog);
    expect(map.controls[0]!.nodeId).toMatch(/\./);
  });

  it('ImagineCare: a multiple choice reveals per chosen value', () => {
    const lines = mapLines(assembled('exempel-imaginecare'));
    expect(lines).toContain('Typ av egenmonitorering | Individanpassad → Mätvärden, Formulär, Skattningar');
    expect(lines).toContain(
      'Mätvärden | Vikt → Vikt – mätfrekvens, Vikt – larm vid viktökning, Vikt – antal dagar för viktökningen',
    );
    expect(lines).toContain('Mätvärden | Steg → ');
    expect(lines).toContain('Formulär | PHQ-9 → Formulär – frekvens');
  });

  it('Levnadsvanor: Alla on one source means every clause on it; scores are listed as compared', () => {
    const lines = mapLines(assembled('exempel-levnadsvanor'));
    expect(lines).toContain('AUDIT-C 1 Dryckesfrekvens | Aldrig → ');
    expect(lines).toContain(
      'AUDIT-C 1 Dryckesfrekvens | 2–3 gånger i veckan → AUDIT-C 2 Standardglas per tillfälle, AUDIT-C 3 Sex standardglas eller mer',
    );
    expect(lines.some((l) => l.startsWith('AUDIT-C 1 Dryckesfrekvens | (inget svar)'))).toBe(false);
    expect(lines).toContain('AUDIT-C summa | jämförs → Åtgärd alkohol');
    expect(lines).toContain('Kostindex | jämförs → Åtgärd matvanor');
    expect(lines).toContain('Andra nikotinprodukter | Använder dagligen → Åtgärd tobak/nikotin');
  });

  it('Riskbedömning: either fall question opens DFRI (Någon)', () => {
    const lines = mapLines(assembled('exempel-riskbedomning'));
    expect(lines).toContain('Fallit senaste året | Ja → Fallriskutredning (DFRI)');
    expect(lines).toContain('Bedömd risk för fall under vårdtiden | Ja → Fallriskutredning (DFRI)');
    expect(lines).toContain('DFRI summa | jämförs → Åtgärder fallprevention');
    expect(lines).toContain('Norton summa | jämförs → Åtgärder trycksårsprevention');
  });

  it('PHQ-9: item 9 above "Inte alls" asks for the suicide risk assessment', () => {
    const lines = mapLines(assembled('exempel-phq9'));
    expect(lines).toContain('PHQ-9 9 Tankar på död/självskada | Inte alls → ');
    expect(lines).toContain('PHQ-9 9 Tankar på död/självskada | Flera dagar → Suicidriskbedömning genomförd');
    expect(lines).toContain('Suicidriskbedömning genomförd | Nej → Planerad åtgärd');
    expect(lines).toContain('PHQ-9 summa | jämförs → PHQ-9 funktion');
  });

  it('no shipped example has a branch that can never open', () => {
    for (const document of library.documents) {
      const map = getBranchMap(assembled(document.id), exampleCatalog);
      expect(
        map.conditional.filter((c) => c.neverOpens).map((c) => c.nodeId),
        document.id,
      ).toEqual([]);
    }
  });
});

describe('getBranchMap flags branches that can never open', () => {
  const phq = () => structuredClone(library.documents.find((d) => d.id === 'exempel-phq9')!);
  const functionNode = (document: TreeDocument) =>
    indexTree(document.nodes).ordered.find(
      (p) => isKeywordNode(p.node) && exampleCatalog.get(p.node.keywordId)!.term === 'PHQ-9 funktion',
    )!.node;

  it('a comparison beyond the score’s range', () => {
    const document = phq();
    functionNode(document).showWhen!.clauses[0].value = 28;
    const entry = getBranchMap(document, exampleCatalog).conditional.find(
      (c) => c.nodeId === functionNode(document).id,
    );
    expect(inWords(entry!.neverOpens!, 'sv')).toBe('värdet ligger utanför Min–Max');
  });

  it('a source that comes after the keyword or does not exist', () => {
    const document = phq();
    functionNode(document).showWhen!.clauses[0].source = 'finns-inte';
    const entry = getBranchMap(document, exampleCatalog).conditional.find(
      (c) => c.nodeId === functionNode(document).id,
    );
    expect(inWords(entry!.neverOpens!, 'sv')).toBe('villkorets källa finns inte före sökordet');
  });
});
