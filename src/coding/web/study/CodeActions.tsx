import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../web/api.js';
import { Alert } from '../../../web/ui/Alert.js';
import { ErrorSummary } from '../../../web/ui/ErrorSummary.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { SelectField } from '../../../web/ui/fields.js';
import { ConfirmDialog, Modal } from '../../../web/ui/Modal.js';
import { CodeChip, type CodingStudy } from './bits.js';
import { codePath, codeRows, subtreeIds } from './codeTree.js';
import { type Code, codingApi, codingKeys } from './coding.api.js';

export type CodeAction = 'retrieve' | 'merge' | 'split' | 'delete';

/** The less frequent actions on a code, one dialog away from its row. */
export function CodeMenu({
  code,
  canWrite,
  onChoose,
  onClose,
}: {
  code: Code;
  canWrite: boolean;
  onChoose: (action: CodeAction) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('coding');
  const actions: CodeAction[] = canWrite ? ['retrieve', 'merge', 'split', 'delete'] : ['retrieve'];
  return (
    <Modal title={t('codeMenu.title', { name: code.name })} onClose={onClose}>
      <p>
        <CodeChip code={code} /> {t('codebook.codingCount', { count: code.codingCount })}
      </p>
      <ul className="nobullet-list coding-menu">
        {actions.map((action) => (
          <li key={action}>
            <button type="button" className="button button-secondary" onClick={() => onChoose(action)}>
              {t(`codeMenu.${action}`)}
            </button>
            <span className="coding-note">{t(`codeMenu.${action}Hint`)}</span>
          </li>
        ))}
      </ul>
    </Modal>
  );
}

/** Merge a code into another: every coding moves there, child codes too, and the code goes. */
export function MergeDialog({
  study,
  codes,
  code,
  onDone,
  onCancel,
}: {
  study: CodingStudy;
  codes: Code[];
  code: Code;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const excluded = subtreeIds(codes, code.id);
  const targets = codeRows(codes).filter((row) => !excluded.has(row.code.id));
  const [intoId, setIntoId] = useState('');
  const [missing, setMissing] = useState(false);
  const merge = useMutation({
    mutationFn: (target: string) => codingApi.mergeCode(study.id, code.id, target),
    onSuccess: (result, target) => {
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
      onDone(t('merge.done', { name: code.name, into: codePath(codes, target), count: result.moved }));
    },
  });
  return (
    <Modal
      title={t('merge.title', { name: code.name })}
      onClose={onCancel}
      footer={
        <>
          <button
            type="button"
            className="button button-primary"
            disabled={merge.isPending || targets.length === 0}
            onClick={() => {
              setMissing(!intoId);
              if (intoId) merge.mutate(intoId);
            }}
          >
            {t('merge.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('actions.cancel')}
          </button>
        </>
      }
    >
      <ErrorSummary error={merge.error} />
      <p>{t('merge.text', { count: code.codingCount })}</p>
      {targets.length === 0 ? (
        <p>{t('merge.noTargets')}</p>
      ) : (
        <SelectField
          id="coding-merge-target"
          label={t('merge.target')}
          error={missing ? t('merge.targetRequired') : undefined}
          value={intoId}
          onChange={(event) => {
            setIntoId(event.target.value);
            setMissing(false);
          }}
        >
          <option value="">{t('merge.chooseTarget')}</option>
          {targets.map((row) => (
            <option key={row.code.id} value={row.code.id}>
              {codePath(codes, row.code.id)}
            </option>
          ))}
        </SelectField>
      )}
    </Modal>
  );
}

/** Delete a code; the server refuses (409 code_in_use) while it has codings or child codes, and we say what to do. */
export function DeleteDialog({
  study,
  code,
  onDone,
  onCancel,
  onMerge,
}: {
  study: CodingStudy;
  code: Code;
  onDone: (message: string) => void;
  onCancel: () => void;
  onMerge: () => void;
}) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const remove = useMutation({
    mutationFn: () => codingApi.deleteCode(study.id, code.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
      onDone(t('delete.done', { name: code.name }));
    },
  });
  const inUse = remove.error instanceof ApiError && remove.error.code === 'code_in_use';
  return (
    <ConfirmDialog
      title={t('delete.title', { name: code.name })}
      confirmLabel={t('actions.delete')}
      pending={remove.isPending}
      onConfirm={() => remove.mutate()}
      onCancel={onCancel}
      error={
        remove.isError ? (
          <Alert variant="error" heading={inUse ? t('delete.inUseHeading') : undefined}>
            <p>{errorMessage(remove.error, t)}</p>
            {inUse ? (
              <>
                <p>{t('delete.inUseHelp')}</p>
                <button type="button" className="button button-secondary" onClick={onMerge}>
                  {t('codeMenu.merge')}
                </button>
              </>
            ) : null}
          </Alert>
        ) : undefined
      }
    >
      <p>{code.codingCount > 0 ? t('delete.textInUse', { count: code.codingCount }) : t('delete.text')}</p>
    </ConfirmDialog>
  );
}
