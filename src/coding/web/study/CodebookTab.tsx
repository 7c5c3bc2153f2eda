import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { CodeChip, type CodingStudy, Num, PolarityBadge } from './bits.js';
import { type CodeAction, CodeMenu, DeleteDialog, MergeDialog } from './CodeActions.js';
import { CodeForm } from './CodeForm.js';
import { codePath, codeRows } from './codeTree.js';
import { type Code, codingApi, codingKeys, useCodes } from './coding.api.js';
import { SplitDialog } from './SplitDialog.js';

type Dialog = { kind: 'new' } | { kind: 'edit' | 'menu' | 'merge' | 'split' | 'delete'; code: Code } | null;

function CodeTable({
  codes,
  canWrite,
  onEdit,
  onMenu,
}: {
  codes: Code[];
  canWrite: boolean;
  onEdit: (code: Code) => void;
  onMenu: (code: Code) => void;
}) {
  const { t } = useTranslation('coding');
  const rows = codeRows(codes);
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable area must be reachable by keyboard to scroll it.
    <div className="table--responsive-scroll" role="group" tabIndex={0} aria-label={t('codebook.caption')}>
      <table className="table table--compact coding-code-table">
        <caption className="sr-only">{t('codebook.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('codebook.code')}</th>
            <th scope="col">{t('codebook.polarity')}</th>
            <th scope="col">{t('codebook.competency')}</th>
            <th scope="col">{t('codebook.shortcut')}</th>
            <th scope="col" className="coding-number">
              {t('codebook.codings')}
            </th>
            <th scope="col">{t('shell:table.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code, level }) => (
            <tr key={code.id}>
              <th scope="row">
                <span className="coding-tree-cell" style={{ paddingInlineStart: `${(level - 1) * 2.4}rem` }}>
                  {level > 1 ? (
                    <span aria-hidden="true" className="coding-tree-branch">
                      └
                    </span>
                  ) : null}
                  <CodeChip code={code} />
                  {code.parentId ? (
                    <span className="sr-only">
                      {' '}
                      {t('codebook.childOf', { parent: codePath(codes, code.parentId) })}
                    </span>
                  ) : null}
                </span>
                {code.description ? <span className="coding-note">{code.description}</span> : null}
              </th>
              <td>
                <PolarityBadge polarity={code.polarity} />
              </td>
              <td>{code.competencyTitle ?? '–'}</td>
              <td>{code.shortcut ? <kbd>{code.shortcut}</kbd> : '–'}</td>
              <td className="coding-number">
                <Num value={code.codingCount} />
              </td>
              <td className="coding-row-actions">
                {canWrite ? (
                  <button
                    type="button"
                    className="button button-secondary coding-small-button"
                    aria-label={t('codebook.editNamed', { name: code.name })}
                    onClick={() => onEdit(code)}
                  >
                    {t('codebook.edit')}
                  </button>
                ) : null}
                <button
                  type="button"
                  className="button button-tertiary coding-small-button"
                  aria-label={t('codebook.moreNamed', { name: code.name })}
                  aria-haspopup="dialog"
                  onClick={() => onMenu(code)}
                >
                  {t('codebook.more')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The codebook: codes in their tree with colour, polarity, competency, shortcut and how often they are used; create,
 * edit, merge, split and delete, and a starting codebook from the study's competency framework.
 */
export function CodebookTab({ study, onRetrieve }: { study: CodingStudy; onRetrieve: (codeId: string) => void }) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const codes = useCodes(study.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState('');
  const fromFramework = useMutation({
    mutationFn: () => codingApi.codesFromFramework(study.id),
    onSuccess: (result) => {
      setNotice(t('codebook.fromFrameworkDone', { count: result.created }));
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
    },
  });
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  function choose(code: Code, action: CodeAction) {
    if (action === 'retrieve') {
      setDialog(null);
      onRetrieve(code.id);
    } else setDialog({ kind: action, code });
  }

  const list = codes.data ?? [];
  return (
    <section aria-labelledby="coding-codebook-heading">
      <h2 id="coding-codebook-heading">{t('codebook.heading')}</h2>
      <p className="coding-text">{t('codebook.intro')}</p>
      {study.canWrite ? (
        <div className="coding-actions">
          <button
            type="button"
            className="button button-primary"
            aria-haspopup="dialog"
            onClick={() => {
              setNotice('');
              setDialog({ kind: 'new' });
            }}
          >
            {t('codebook.new')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={fromFramework.isPending}
            onClick={() => {
              setNotice('');
              fromFramework.mutate();
            }}
          >
            {t('codebook.fromFramework')}
          </button>
        </div>
      ) : null}
      {fromFramework.isError ? <Alert variant="error">{errorMessage(fromFramework.error, t)}</Alert> : null}
      <p role="status" className="coding-live">
        {notice}
      </p>
      <QueryState query={codes}>
        {(all) =>
          all.length === 0 ? (
            <div className="coding-empty">
              <p>{t('codebook.none')}</p>
              {study.canWrite ? <p>{t('codebook.noneNext')}</p> : null}
            </div>
          ) : (
            <>
              <p>{t('codebook.count', { count: all.length })}</p>
              <CodeTable
                codes={all}
                canWrite={study.canWrite}
                onEdit={(code) => {
                  setNotice('');
                  setDialog({ kind: 'edit', code });
                }}
                onMenu={(code) => {
                  setNotice('');
                  setDialog({ kind: 'menu', code });
                }}
              />
            </>
          )
        }
      </QueryState>
      {dialog?.kind === 'new' || dialog?.kind === 'edit' ? (
        <CodeForm
          study={study}
          codes={list}
          code={dialog.kind === 'edit' ? dialog.code : undefined}
          onDone={(saved) =>
            done(t(dialog.kind === 'edit' ? 'codebook.saved' : 'codebook.created', { name: saved.name }))
          }
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'menu' ? (
        <CodeMenu
          code={dialog.code}
          canWrite={study.canWrite}
          onChoose={(action) => choose(dialog.code, action)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'merge' ? (
        <MergeDialog study={study} codes={list} code={dialog.code} onDone={done} onCancel={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'split' ? (
        <SplitDialog study={study} codes={list} code={dialog.code} onDone={done} onCancel={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteDialog
          study={study}
          code={dialog.code}
          onDone={done}
          onCancel={() => setDialog(null)}
          onMerge={() => setDialog({ kind: 'merge', code: dialog.code })}
        />
      ) : null}
    </section>
  );
}
