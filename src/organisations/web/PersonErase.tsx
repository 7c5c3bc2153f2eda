import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { errorMessage } from '../../web/ui/errors';
import { TextField } from '../../web/ui/fields';
import { Modal } from '../../web/ui/Modal';
import { orgKeys, type PersonDetail } from './organisations.api';

/**
 * The right to erasure (administrators): every row about the person goes, which cannot be undone, so the dialog
 * asks for the person's pseudonym to be typed before the button works.
 */
export function PersonErase({ person, onErased }: { person: PersonDetail; onErased: (pseudonym: string) => void }) {
  const { t } = useTranslation('organisations');
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const erase = useMutation({
    mutationFn: () => api.delete(`/people/${person.id}`),
    onSuccess: () => {
      client.removeQueries({ queryKey: orgKeys.person(person.id) });
      void client.invalidateQueries({ queryKey: orgKeys.all });
      setOpen(false);
      onErased(person.pseudonym);
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    if (typed.trim().toUpperCase() !== person.pseudonym.toUpperCase()) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    erase.mutate();
  }
  return (
    <section aria-labelledby="person-erase-heading" className="org-section">
      <h2 id="person-erase-heading">{t('erase.heading')}</h2>
      <p>{t('erase.text')}</p>
      <button
        type="button"
        className="button button-warning"
        onClick={() => {
          setTyped('');
          setMismatch(false);
          erase.reset();
          setOpen(true);
        }}
      >
        {t('erase.open')}
      </button>
      {open ? (
        <Modal title={t('erase.title', { name: person.name })} onClose={() => setOpen(false)}>
          <form onSubmit={submit} noValidate>
            <p>{t('erase.warning', { name: person.name })}</p>
            {erase.isError ? <Alert variant="error">{errorMessage(erase.error, t)}</Alert> : null}
            <TextField
              id="erase-confirm"
              label={t('erase.typeLabel', { pseudonym: person.pseudonym })}
              hint={t('erase.typeHint')}
              value={typed}
              autoComplete="off"
              error={mismatch ? t('erase.mismatch', { pseudonym: person.pseudonym }) : undefined}
              onChange={(event) => setTyped(event.target.value)}
            />
            <div className="button-row">
              <button type="submit" className="button button-warning" disabled={erase.isPending}>
                {t('erase.submit')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
                {t('shell:actions.cancel')}
              </button>
            </div>
          </form>
        </Modal>
      ) : null}
    </section>
  );
}
