import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bandText } from '../../../studies/web/strata.js';
import { Alert } from '../../../web/ui/Alert.js';
import { errorMessage } from '../../../web/ui/errors.js';
import { ConfirmDialog } from '../../../web/ui/Modal.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { BatchUpload } from './BatchUpload.js';
import { type CodingStudy, DemoBadge, Num, TranscriptLink } from './bits.js';
import { codingApi, codingKeys, type TranscriptSummary, useTranscripts } from './coding.api.js';
import { TranscriptUpload } from './TranscriptUpload.js';

function TranscriptTable({
  study,
  transcripts,
  onDelete,
}: {
  study: CodingStudy;
  transcripts: TranscriptSummary[];
  onDelete: (transcript: TranscriptSummary) => void;
}) {
  const { t } = useTranslation('coding');
  return (
    // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this groups a table to scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable area must be reachable by keyboard to scroll it.
    <div className="table--responsive-scroll" role="group" tabIndex={0} aria-label={t('transcripts.caption')}>
      <table className="table table--zebra table--compact">
        <caption className="sr-only">{t('transcripts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transcripts.title')}</th>
            <th scope="col">{t('transcripts.participant')}</th>
            <th scope="col">{t('attributes.organisation')}</th>
            <th scope="col">{t('attributes.area')}</th>
            <th scope="col">{t('attributes.band')}</th>
            <th scope="col">{t('attributes.role')}</th>
            <th scope="col" className="coding-number">
              {t('transcripts.turns')}
            </th>
            <th scope="col" className="coding-number">
              {t('transcripts.words')}
            </th>
            <th scope="col" className="coding-number">
              {t('transcripts.codings')}
            </th>
            <th scope="col">{t('transcripts.coders')}</th>
            {study.canWrite ? <th scope="col">{t('shell:table.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {transcripts.map((tr) => (
            <tr key={tr.id}>
              <th scope="row">
                <TranscriptLink studyId={study.id} transcriptId={tr.id}>
                  {tr.title}
                </TranscriptLink>{' '}
                {tr.demo ? <DemoBadge /> : null}
              </th>
              <td className="coding-nowrap">{tr.pseudonym ?? t('transcripts.noParticipant')}</td>
              <td>{tr.attributes.organisation ?? '–'}</td>
              <td>{tr.attributes.area ?? '–'}</td>
              <td>{tr.attributes.band ? bandText(tr.attributes.band, t) : '–'}</td>
              <td>{tr.attributes.role ?? '–'}</td>
              <td className="coding-number">
                <Num value={tr.segmentCount} />
              </td>
              <td className="coding-number">
                <Num value={tr.wordCount} />
              </td>
              <td className="coding-number">
                <Num value={tr.codingCount} />
              </td>
              <td>{tr.coders.length ? tr.coders.map((c) => c.name).join(', ') : '–'}</td>
              {study.canWrite ? (
                <td>
                  <button
                    type="button"
                    className="button button-secondary coding-small-button"
                    aria-label={t('transcripts.deleteNamed', { title: tr.title })}
                    onClick={() => onDelete(tr)}
                  >
                    {t('actions.delete')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The study's transcripts with their participant's attributes and coding, and the ways to add more. */
export function TranscriptsTab({ study }: { study: CodingStudy }) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const transcripts = useTranscripts(study.id);
  const [deleting, setDeleting] = useState<TranscriptSummary | null>(null);
  const [notice, setNotice] = useState('');
  const remove = useMutation({
    mutationFn: (transcript: TranscriptSummary) => codingApi.deleteTranscript(study.id, transcript.id),
    onSuccess: (_, transcript) => {
      setDeleting(null);
      setNotice(t('transcripts.deleted', { title: transcript.title }));
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
    },
  });
  return (
    <>
      <section aria-labelledby="coding-transcripts-heading">
        <h2 id="coding-transcripts-heading">{t('transcripts.heading')}</h2>
        <p role="status" className="coding-live">
          {notice}
        </p>
        <QueryState query={transcripts}>
          {(list) =>
            list.length === 0 ? (
              <div className="coding-empty">
                <p>{t('transcripts.none')}</p>
                <p>{study.canWrite ? t('transcripts.noneNext') : t('transcripts.noneReadOnly')}</p>
              </div>
            ) : (
              <>
                <p>{t('transcripts.count', { count: list.length })}</p>
                <TranscriptTable
                  study={study}
                  transcripts={list}
                  onDelete={(tr) => {
                    remove.reset();
                    setNotice('');
                    setDeleting(tr);
                  }}
                />
              </>
            )
          }
        </QueryState>
      </section>
      {study.canWrite ? (
        <>
          <TranscriptUpload study={study} />
          <BatchUpload study={study} />
        </>
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={t('transcripts.deleteTitle', { title: deleting.title })}
          confirmLabel={t('actions.delete')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate(deleting)}
          onCancel={() => setDeleting(null)}
          error={remove.isError ? <Alert variant="error">{errorMessage(remove.error, t)}</Alert> : undefined}
        >
          <p>{t('transcripts.deleteText', { count: deleting.codingCount })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
