import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { ConfirmDialog } from '../../web/ui/Modal';
import { childrenByParent, type FrameworkItem, subtreeOf } from '../frameworks.model';
import { AddItemDialog, type AddPlace } from './AddItemDialog';
import { EditorToolbar } from './EditorToolbar';
import { pickText } from './FrameworkBits';
import { FrameworkTree } from './FrameworkTree';
import { ancestorsOf } from './frameworkSearch';
import type { VersionDetail } from './frameworks.api';
import { ItemEditor } from './ItemEditor';
import { ScaleEditor } from './ScaleEditor';
import { TreeSearch, useTreeSearch } from './TreeSearch';
import { defaultChildKind, type KeyboardMove, keyboardMoveTarget, type MoveTarget } from './treeMoves';
import { useDraftMutations } from './useDraftMutations';
import { useTreeState } from './useTreeState';
import { VersionDetailsForm } from './VersionDetailsForm';

/** The open parts of the tree in document order, to find where focus goes when an item disappears. */
function visibleOrder(items: readonly FrameworkItem[], expanded: ReadonlySet<string>): string[] {
  const byParent = childrenByParent(items);
  const out: string[] = [];
  const walk = (parent: string | null) => {
    for (const child of byParent.get(parent) ?? []) {
      out.push(child.identifier);
      if (expanded.has(child.identifier)) walk(child.identifier);
    }
  };
  walk(null);
  return out;
}

/**
 * The authoring UI of a draft: the tree editor (add, rename, move by keyboard or drag, delete), the selected item's
 * panel, search, the scale and the framework's own details. Every change is saved at once and announced.
 */
export function DraftEditor({ version, language }: { version: VersionDetail; language: string }) {
  const { t } = useTranslation('frameworks');
  const items = version.content.items;
  const scale = version.content.scale;
  const state = useTreeState(() => items.filter((i) => i.parentIdentifier === null).map((i) => i.identifier));
  const search = useTreeSearch(items, state);
  const draft = useDraftMutations(version);
  const [announcement, setAnnouncement] = useState('');
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [adding, setAdding] = useState<AddPlace | null>(null);
  const [deleting, setDeleting] = useState<FrameworkItem | null>(null);
  const [panelStamp, setPanelStamp] = useState(0);
  const byId = useMemo(() => new Map(items.map((i) => [i.identifier, i])), [items]);
  const selected = state.selectedId ? byId.get(state.selectedId) : undefined;
  const titleOf = (id: string | null) => {
    const item = id ? byId.get(id) : undefined;
    return item ? pickText(language, item.titleDa, item.titleEn) : '';
  };
  const english = language.startsWith('en');

  const rename = useMutation({
    mutationFn: ({ id, title }: { id: string; title: string }) =>
      draft.saveItem(id, english ? { titleEn: title } : { titleDa: title }),
    onSuccess: (_item, { title }) => {
      setPanelStamp((n) => n + 1);
      setAnnouncement(t('tree.renamed', { title }));
    },
  });

  function move(id: string, target: MoveTarget, focusTree: boolean) {
    draft.move(id, target);
    if (target.parentIdentifier) state.expand([target.parentIdentifier]);
    if (focusTree) state.setActive(id, true);
    const siblings = items.filter((i) => i.parentIdentifier === target.parentIdentifier && i.identifier !== id);
    const values = { title: titleOf(id), position: target.position + 1, count: siblings.length + 1 };
    setAnnouncement(
      target.parentIdentifier
        ? t('move.done', { ...values, parent: titleOf(target.parentIdentifier) })
        : t('move.doneTop', values),
    );
  }

  function keyboardMove(id: string, direction: KeyboardMove, focusTree = true) {
    const target = keyboardMoveTarget(items, id, direction);
    if (!target) {
      setAnnouncement(t(`move.cannot.${direction}`, { title: titleOf(id) }));
      return;
    }
    move(id, target, focusTree);
  }

  function startRename(id: string) {
    state.expand(ancestorsOf(items, [id]));
    setRenamingId(id);
  }

  function finishRename(id: string, title: string | null) {
    setRenamingId(null);
    state.setActive(id, true);
    if (title) rename.mutate({ id, title });
  }

  function confirmDelete(item: FrameworkItem) {
    const order = visibleOrder(items, state.expanded);
    const gone = subtreeOf(items, item.identifier);
    const index = order.indexOf(item.identifier);
    // Focus goes to the item above, else the next one that stays.
    const next =
      order
        .slice(0, Math.max(index, 0))
        .reverse()
        .find((id) => !gone.has(id)) ?? order.find((id) => !gone.has(id));
    draft.remove.mutate(item.identifier, {
      onSuccess: () => {
        setDeleting(null);
        setAnnouncement(t('delete.done', { title: titleOf(item.identifier) }));
        if (state.selectedId && gone.has(state.selectedId)) state.select(null);
        if (next) state.setActive(next, true);
      },
    });
  }

  function openAdd(kind: 'top' | 'child' | 'sibling') {
    draft.add.reset();
    if (kind === 'top' || !selected) {
      setAdding({ parentIdentifier: null, kind: 'domain', title: t('add.titleTop') });
      return;
    }
    const title = pickText(language, selected.titleDa, selected.titleEn);
    if (kind === 'child') {
      setAdding({
        parentIdentifier: selected.identifier,
        kind: defaultChildKind(selected.kind),
        title: t('add.titleChild', { title }),
      });
    } else {
      const siblings = childrenByParent(items).get(selected.parentIdentifier) ?? [];
      setAdding({
        parentIdentifier: selected.parentIdentifier,
        position: siblings.findIndex((s) => s.identifier === selected.identifier) + 1,
        kind: selected.kind,
        title: t('add.titleSibling', { title }),
      });
    }
  }

  function added(item: FrameworkItem) {
    setAdding(null);
    state.expand(item.parentIdentifier ? [...ancestorsOf(items, [item.parentIdentifier]), item.parentIdentifier] : []);
    state.select(item.identifier);
    state.setActive(item.identifier, true);
    setAnnouncement(t('add.done', { title: pickText(language, item.titleDa, item.titleEn) }));
  }

  return (
    <section aria-labelledby="fw-content-heading" className="fw-section">
      <h2 id="fw-content-heading">{t('editor.heading', { number: version.number })}</h2>
      <p>{t('editor.intro')}</p>
      <TreeSearch items={items} query={search.query} onQuery={search.setQuery} matches={search.matches} state={state} />
      <EditorToolbar
        selected={selected}
        language={language}
        canMove={(direction) => Boolean(selected && keyboardMoveTarget(items, selected.identifier, direction))}
        onAddTop={() => openAdd('top')}
        onAddChild={() => openAdd('child')}
        onAddSibling={() => openAdd('sibling')}
        onRename={() => selected && startRename(selected.identifier)}
        onMove={(direction) => selected && keyboardMove(selected.identifier, direction, false)}
        onDelete={() => selected && setDeleting(selected)}
      />
      <p role="status" className="fw-live">
        {announcement}
      </p>
      {draft.moveError ? (
        <Alert variant="error" heading={t('move.failed')}>
          <p>{errorMessage(draft.moveError, t)}</p>
        </Alert>
      ) : null}
      {rename.isError ? (
        <Alert variant="error" heading={t('tree.renameFailed')}>
          <p>{errorMessage(rename.error, t)}</p>
        </Alert>
      ) : null}
      <div className="fw-layout">
        <div>
          {items.length === 0 ? (
            <p>{t('editor.empty')}</p>
          ) : (
            <>
              <p id="fw-tree-help" className="form-hint">
                {t('editor.keyboardHelp')}
              </p>
              <FrameworkTree
                items={items}
                label={t('tree.label')}
                describedBy="fw-tree-help"
                language={language}
                query={search.deferred}
                matches={search.matches}
                state={state}
                editing={{
                  renamingId,
                  startRename,
                  finishRename,
                  keyboardMove: (id, direction) => keyboardMove(id, direction),
                  dropMove: (id, target) => move(id, target, true),
                  requestDelete: (id) => {
                    const item = byId.get(id);
                    if (item) {
                      draft.remove.reset();
                      setDeleting(item);
                    }
                  },
                }}
              />
            </>
          )}
        </div>
        <div>
          {selected ? (
            <ItemEditor
              key={`${selected.identifier}:${panelStamp}:${scale.map((s) => s.level).join(',')}`}
              item={selected}
              scale={scale}
              language={language}
              saveItem={draft.saveItem}
            />
          ) : (
            <p className="fw-panel fw-muted">{t('editor.selectHint')}</p>
          )}
        </div>
      </div>
      <div className="fw-section fw-two-columns">
        <ScaleEditor key={version.id} scale={scale} save={draft.saveVersion} />
        <VersionDetailsForm key={version.id} content={version.content} save={draft.saveVersion} />
      </div>
      {adding ? <AddItemDialog place={adding} add={draft.add} onAdded={added} onClose={() => setAdding(null)} /> : null}
      {deleting ? (
        <ConfirmDialog
          title={t('delete.title', { title: titleOf(deleting.identifier) })}
          confirmLabel={t('delete.confirm')}
          pending={draft.remove.isPending}
          onConfirm={() => confirmDelete(deleting)}
          onCancel={() => setDeleting(null)}
          error={
            draft.remove.isError ? <Alert variant="error">{errorMessage(draft.remove.error, t)}</Alert> : undefined
          }
        >
          <p>
            {subtreeOf(items, deleting.identifier).size > 1
              ? t('delete.textWithChildren', { count: subtreeOf(items, deleting.identifier).size - 1 })
              : t('delete.text')}
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
