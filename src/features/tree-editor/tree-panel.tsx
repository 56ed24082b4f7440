import { lazy, Suspense, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addKeyword } from '../../commands/add-keyword.ts';
import { duplicateNode } from '../../commands/duplicate-node.ts';
import { moveNode, moveNodeInDirection, type MoveDirection } from '../../commands/move-node.ts';
import { removeNode } from '../../commands/remove-node.ts';
import { renameKeyword } from '../../commands/update-keyword.ts';
import type { TreeDocument, TreeNode } from '../../domain/model.ts';
import { isKeywordNode } from '../../domain/model.ts';
import { indexTree } from '../../domain/tree.ts';
import { getResolver } from '../../domain/library.ts';
import { getOutline } from '../../domain/outline.ts';
import { isLocked } from '../../domain/workflow.ts';
import type { Diagnostic } from '../../validation/diagnostics.ts';
import { useStrings } from '../../i18n/language.tsx';
import { useEditor, useEditorStore } from '../../state/use-editor.ts';
import { searchTree } from './tree-rows.ts';
import { TreeView } from './tree-view.tsx';
import { focusRow } from './focus.ts';
import { useTreeClipboard } from './use-tree-clipboard.ts';
import { KeyboardHelp } from '../../components/keyboard-help.tsx';
import { findShortcut, type ShortcutOf } from '../../hooks/shortcuts.ts';
import { SearchBox, ToolbarButton, type ButtonOptions } from './tree-toolbar.tsx';
import {
  ArrowDown,
  ArrowUp,
  ChevronsDownUp,
  ChevronsUpDown,
  Copy,
  CornerDownRight,
  IndentDecrease,
  IndentIncrease,
  Move,
  Plus,
  Trash2,
  type LucideIcon,
} from 'lucide-react';

import { useRun, useStatusStore } from '../../state/run-context.ts';
import { say } from '../../i18n/languages.ts';
import { clearRenameDraft, readRenameDraft, writeRenameDraft } from './rename-draft.ts';
import { Icon } from '../../components/icon.tsx';

// Flytta till… is loaded when first opened, like the app's other dialogs.
const MoveToDialog = lazy(() => import('./move-to-dialog.tsx').then((m) => ({ default: m.MoveToDialog })));

export interface TreePanelProps {
  readonly document: TreeDocument;
  readonly diagnosticsByNode: ReadonlyMap<string, readonly Diagnostic[]>;
}

/** "Sökordsträd" with its editing toolbar and the whole keyboard path of the editor. */
export function TreePanel({ document, diagnosticsByNode }: TreePanelProps) {
  const run = useRun();
  const status = useStatusStore();
  const store = useEditorStore();
  const t = useStrings();
  const frameRef = useRef<HTMLDivElement>(null);
  const library = useEditor((s) => s.library);
  const selectedId = useEditor((s) => s.selectedNodeId);
  // A rename a reload interrupted opens again, with what was typed.
  const [interrupted, setInterrupted] = useState(() => {
    const draft = readRenameDraft();
    return draft?.documentId === document.id ? draft : undefined;
  });
  const [renamingId, setRenamingId] = useState<string | undefined>(interrupted?.nodeId);
  useEffect(() => {
    if (interrupted) store.reveal(interrupted.nodeId);
  }, [interrupted, store]);
  const [query, setQuery] = useState('');
  const [movingId, setMovingId] = useState<string | undefined>();
  const index = useMemo(() => indexTree(document.nodes), [document.nodes]);
  // The tree as shown: with the keywords of included fragments, read-only (domain/outline.ts).
  const outline = useMemo(
    () => getOutline(document, library.keywords, getResolver(library.versions)),
    [document, library.keywords, library.versions],
  );
  // This document's expanded nodes, or the store's default (everything) for one not yet opened.
  const expandedEntry = useEditor((s) => s.expanded.get(document.id));
  const expanded = useMemo(
    () => expandedEntry ?? store.getExpanded(document.id),
    [expandedEntry, document, store],
  );
  const selected = selectedId === undefined ? undefined : index.places.get(selectedId);
  // A row shown from an included fragment: it can be read, not changed here.
  const selectedReadOnly = selectedId !== undefined && !selected && outline.places.has(selectedId);
  const filter = useMemo(() => {
    if (query.trim() === '') return undefined;
    const termOf = (node: TreeNode) =>
      isKeywordNode(node)
        ? (outline.catalog.get(node.keywordId)?.term ?? '')
        : (outline.fragments.get(node.id)?.title ?? node.include.fragmentId);
    return { query, ...searchTree(document.nodes, termOf, query, outline.childrenOf) };
  }, [query, document.nodes, outline]);
  const documentId = document.id;

  const add = (as: 'sibling' | 'child') => {
    // From a row of an included fragment, a new keyword goes after the include.
    const relativeTo = selectedReadOnly ? outline.places.get(selectedId)!.includeId : selectedId;
    const result = run((l, c) => addKeyword(l, { documentId, relativeTo, as }, c));
    if (result.ok) setRenamingId(result.change.select);
  };
  const remove = () => {
    if (!selectedId) return;
    const result = run((l, c) => removeNode(l, { documentId, nodeId: selectedId }, c), {
      label: say((t) => t.actions.removeAnyway),
      command: (l, c) => removeNode(l, { documentId, nodeId: selectedId, detachDependents: true }, c),
    });
    if (result.ok) focusRow(result.change.select);
  };
  const move = (direction: MoveDirection) => {
    if (selectedId) run((l, c) => moveNodeInDirection(l, { documentId, nodeId: selectedId, direction }, c));
    focusRow(selectedId);
  };
  const duplicate = () => {
    if (!selectedId) return;
    const result = run((l, c) => duplicateNode(l, { documentId, nodeId: selectedId }, c));
    if (result.ok) focusRow(result.change.select);
  };
  useTreeClipboard({ frameRef, document, selectedId, onCut: remove });
  const endRename = (nodeId: string, term: string | undefined) => {
    // The interrupted rename is over: a later F2 on the keyword starts from its term.
    clearRenameDraft();
    setInterrupted(undefined);
    setRenamingId(undefined);
    const node = index.places.get(nodeId)?.node;
    const keywordId = node && isKeywordNode(node) ? node.keywordId : undefined;
    if (term !== undefined && keywordId && term.trim() !== library.keywords.get(keywordId)?.term) {
      run((l, c) => renameKeyword(l, { keywordId, term, documentId }, c));
    }
    focusRow(nodeId);
  };
  const setExpanded = (id: string, open: boolean) => {
    const next = new Set(expanded);
    if (open) next.add(id);
    else next.delete(id);
    store.setExpanded(documentId, next);
  };

  // Every key of the tree panel, from the shortcut registry: a registered key without a handler
  // here does not compile.
  const actions: Record<ShortcutOf<'tree'>, () => void> = {
    rename: () => {
      if (selected && isKeywordNode(selected.node)) setRenamingId(selectedId);
    },
    addSibling: () => add('sibling'),
    addChild: () => add('child'),
    moveUp: () => move('up'),
    moveDown: () => move('down'),
    moveIn: () => move('in'),
    moveOut: () => move('out'),
    remove,
    duplicate,
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLInputElement) return;
    const shortcut = findShortcut(event, 'tree');
    if (!shortcut) return;
    // Adding after the selection is fine anywhere the new keyword can go; the rest would change the fragment.
    if (selectedReadOnly && shortcut !== 'addSibling') {
      event.preventDefault();
      status.set({ text: say((t) => t.refusal.inFragment), tone: 'error' });
      return;
    }
    // Enter on an include (no keyword to rename) is left to the browser, as before.
    if (shortcut === 'rename' && !(selected && isKeywordNode(selected.node))) return;
    event.preventDefault();
    actions[shortcut]();
  };

  const button = (label: string, icon: LucideIcon, onClick: () => void, options: ButtonOptions = {}) => (
    <ToolbarButton label={label} icon={icon} onClick={onClick} {...options} />
  );
  const noSelection = selectedId === undefined || selectedReadOnly;
  return (
    <div className="tree-panel">
      <div className="toolbar" role="group" aria-label={t.editTools}>
        <div className="toolbar-group">
          {button(t.actions.addSibling, Plus, actions.addSibling, { shortcut: 'addSibling' })}
          {button(t.actions.addChild, CornerDownRight, actions.addChild, {
            disabled: noSelection || (selected !== undefined && !isKeywordNode(selected.node)),
            shortcut: 'addChild',
          })}
        </div>
        <div className="toolbar-group">
          {button(t.actions.moveUp, ArrowUp, actions.moveUp, {
            disabled: noSelection,
            shortcut: 'moveUp',
            iconOnly: true,
          })}
          {button(t.actions.moveDown, ArrowDown, actions.moveDown, {
            disabled: noSelection,
            shortcut: 'moveDown',
            iconOnly: true,
          })}
          {button(t.actions.moveIn, IndentIncrease, actions.moveIn, {
            disabled: noSelection,
            shortcut: 'moveIn',
            iconOnly: true,
          })}
          {button(t.actions.moveOut, IndentDecrease, actions.moveOut, {
            disabled: noSelection,
            shortcut: 'moveOut',
            iconOnly: true,
          })}
          {button(t.moveTo.open, Move, () => setMovingId(selectedId), {
            disabled: noSelection,
            iconOnly: true,
          })}
          {button(t.actions.duplicate, Copy, duplicate, {
            disabled: noSelection,
            shortcut: 'duplicate',
            iconOnly: true,
          })}
        </div>
        <div className="toolbar-group">
          {button(
            t.expandAll,
            ChevronsUpDown,
            () =>
              store.setExpanded(
                documentId,
                new Set(
                  [...outline.places.values()]
                    .filter((p) => outline.childrenOf(p.node).length > 0)
                    .map((p) => p.node.id),
                ),
              ),
            { iconOnly: true },
          )}
          {button(t.collapseAll, ChevronsDownUp, () => store.setExpanded(documentId, new Set()), {
            iconOnly: true,
          })}
        </div>
        <div className="toolbar-group">
          {button(t.actions.remove, Trash2, remove, {
            disabled: noSelection,
            shortcut: 'remove',
            className: 'danger',
          })}
        </div>
        <div className="tree-search-row">
          <SearchBox
            label={t.search}
            query={query}
            onQuery={setQuery}
            count={filter ? t.searchMatches(filter.matches.size) : undefined}
          />
          <KeyboardHelp help={t.keyboardHelp} />
        </div>
      </div>
      {movingId ? (
        <Suspense fallback={null}>
          <MoveToDialog
            document={document}
            catalog={library.keywords}
            nodeId={movingId}
            onClose={(moved) => {
              setMovingId(undefined);
              focusRow(moved ?? movingId);
            }}
          />
        </Suspense>
      ) : null}
      <div ref={frameRef} className="tree-frame" onKeyDown={onKeyDown}>
        <TreeView
          filter={filter}
          document={document}
          index={index}
          outline={outline}
          expanded={expanded}
          selectedId={selectedId}
          diagnosticsByNode={diagnosticsByNode}
          onSelect={(id) => store.reveal(id)}
          onExpandedChange={setExpanded}
          renamingId={renamingId}
          renameFrom={renamingId === interrupted?.nodeId ? interrupted?.text : undefined}
          onRenameEnd={endRename}
          onRenameDraft={(nodeId, text) => writeRenameDraft({ documentId, nodeId, text })}
          onMove={(nodeId, target) => {
            const result = run((l, c) => moveNode(l, { documentId, nodeId, target }, c));
            if (result.ok) focusRow(nodeId);
          }}
        />
        {document.nodes.length === 0 && !isLocked(document) ? (
          <div className="empty-state">
            <p className="empty-state-title">{t.emptyTree.title}</p>
            <p>{t.emptyTree.text}</p>
            <button type="button" className="primary" onClick={() => add('sibling')}>
              <Icon of={Plus} /> {t.emptyTree.add}
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
