import { LIMITS } from '../domain/index.ts';
import { createDiagnostic, type Diagnostic } from './diagnostics.ts';
import type { RuleInput } from './rule-input.ts';

/** Size and shape of the whole document: node count and depth against the limits, one root per fragment, unique ids. */
export function documentShapeRules({ document, index }: RuleInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const documentId = document.id;
  const count = index.ordered.length;
  if (count > LIMITS.nodes)
    out.push(createDiagnostic('TOO_MANY_NODES', { count, limit: LIMITS.nodes }, { documentId }));
  else if (count > LIMITS.nodesWarning) {
    out.push(createDiagnostic('MANY_NODES', { count, limit: LIMITS.nodesWarning }, { documentId }));
  }
  if (index.maxDepth > LIMITS.treeDepth) {
    out.push(
      createDiagnostic('TREE_TOO_DEEP', { depth: index.maxDepth, limit: LIMITS.treeDepth }, { documentId }),
    );
  } else if (index.maxDepth > LIMITS.treeDepthWarning) {
    out.push(
      createDiagnostic(
        'TREE_DEEP',
        { depth: index.maxDepth, limit: LIMITS.treeDepthWarning },
        { documentId },
      ),
    );
  }
  if (document.kind === 'fragment' && document.nodes.length !== 1) {
    out.push(createDiagnostic('FRAGMENT_ROOT', { count: document.nodes.length }, { documentId }));
  }
  for (const id of new Set(index.duplicateIds)) {
    out.push(createDiagnostic('DUPLICATE_NODE_ID', { id }, { documentId, nodeId: id }));
  }
  return out;
}
