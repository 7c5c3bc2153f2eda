import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParticipants } from '../../../studies/web/studies.api.js';
import { currentLanguage } from '../../../web/i18n.js';
import { Alert } from '../../../web/ui/Alert.js';
import { ErrorSummary } from '../../../web/ui/ErrorSummary.js';
import { clientValidationError, fieldError } from '../../../web/ui/errors.js';
import { FileField, RadioGroup, SelectField, TextAreaField, TextField } from '../../../web/ui/fields.js';
import { type CodingStudy, TranscriptLink } from './bits.js';
import {
  codingApi,
  codingKeys,
  type Replacement,
  type TranscriptDetail,
  type TranscriptPreview,
  type TranscriptUpload as Upload,
} from './coding.api.js';
import { PseudonymReview } from './PseudonymReview.js';
import { emptyReview, mergeProposals, type ReviewState, reviewRequest } from './replacementReview.js';

const IDS = {
  participant: 'coding-upload-participant',
  file: 'coding-upload-file',
  text: 'coding-upload-text',
  title: 'coding-upload-title',
};
const EXTENSIONS = /\.(txt|docx|vtt|srt)$/i;
type Source = 'file' | 'text';

/**
 * One transcript, from a file or pasted text, for a participant: first a dry run that shows every proposed
 * pseudonym for review (nothing is stored), then "Gem" with the analyst's choices.
 */
export function TranscriptUpload({ study }: { study: CodingStudy }) {
  const { t } = useTranslation('coding');
  const client = useQueryClient();
  const participants = useParticipants(study.id);
  const [participantId, setParticipantId] = useState('');
  const [source, setSource] = useState<Source>('file');
  const [file, setFile] = useState<File | null>(null);
  const [fileKey, setFileKey] = useState(0);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [review, setReview] = useState<ReviewState>(emptyReview);
  const [proposals, setProposals] = useState<Replacement[]>([]);
  const [preview, setPreview] = useState<TranscriptPreview['preview'] | null>(null);
  const [clientError, setClientError] = useState<ReturnType<typeof clientValidationError>>(null);
  const [saved, setSaved] = useState<TranscriptDetail | null>(null);

  const upload = (state: ReviewState): Upload => ({
    participantId,
    title,
    file: source === 'file' ? (file ?? undefined) : undefined,
    text: source === 'text' ? text : undefined,
    ...reviewRequest(state, proposals),
  });
  const check = useMutation({
    mutationFn: (body: Upload) => codingApi.previewTranscript(study.id, body, currentLanguage()),
    onSuccess: (result) => {
      setProposals((previous) => mergeProposals(previous, result.replacements));
      setPreview(result.preview);
      setReview((state) => ({ ...state, stale: false }));
    },
  });
  const save = useMutation({
    mutationFn: (body: Upload) => codingApi.saveTranscript(study.id, body, currentLanguage()),
    onSuccess: (detail) => {
      setSaved(detail);
      restart();
      setParticipantId('');
      setText('');
      setTitle('');
      setFile(null);
      setFileKey((k) => k + 1);
      void client.invalidateQueries({ queryKey: codingKeys.all(study.id) });
    },
  });

  /** Any change to what is uploaded makes the review start over. */
  function restart() {
    setPreview(null);
    setProposals([]);
    setReview(emptyReview);
    check.reset();
  }

  function problems() {
    let source_: string | undefined;
    if (source === 'file') {
      if (!file) source_ = t('upload.fileRequired');
      else if (!EXTENSIONS.test(file.name)) source_ = t('upload.fileType', { name: file.name });
      else if (file.size === 0) source_ = t('upload.fileEmpty', { name: file.name });
    }
    return clientValidationError(t('upload.invalid'), {
      participantId: participantId ? undefined : t('upload.participantRequired'),
      file: source_,
      text: source === 'text' && !text.trim() ? t('upload.textRequired') : undefined,
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    save.reset();
    const invalid = problems();
    setClientError(invalid);
    if (!invalid) check.mutate(upload(review));
  }

  const error = clientError ?? check.error ?? save.error;
  const rows = participants.data ?? [];
  return (
    <section aria-labelledby="coding-upload-heading" className="coding-section">
      <h2 id="coding-upload-heading">{t('upload.heading')}</h2>
      <p className="coding-text">{t('upload.intro')}</p>
      {saved ? (
        <Alert variant="success" heading={t('upload.saved', { title: saved.title })}>
          <p>
            <TranscriptLink studyId={study.id} transcriptId={saved.id}>
              {t('upload.open')}
            </TranscriptLink>
          </p>
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate className="coding-form">
        <ErrorSummary
          error={error}
          fields={{ participantId: IDS.participant, file: IDS.file, text: IDS.text, title: IDS.title }}
        />
        <SelectField
          id={IDS.participant}
          label={t('upload.participant')}
          hint={t('upload.participantHint')}
          error={fieldError(clientError, 'participantId')}
          value={participantId}
          onChange={(event) => {
            setParticipantId(event.target.value);
            restart();
          }}
        >
          <option value="">{participants.isPending ? t('shell:loading') : t('upload.chooseParticipant')}</option>
          {rows.map((p) => (
            <option key={p.id} value={p.id}>
              {t('upload.participantOption', {
                pseudonym: p.pseudonym,
                organisation: p.orgName,
                status: t(`studies:participantStatus.${p.status}`),
              })}
            </option>
          ))}
        </SelectField>
        <RadioGroup<Source>
          name="coding-upload-source"
          legend={t('upload.source')}
          value={source}
          onChange={(next) => {
            setSource(next);
            restart();
          }}
          options={[
            { value: 'file', label: t('upload.sourceFile') },
            { value: 'text', label: t('upload.sourceText') },
          ]}
        />
        {source === 'file' ? (
          <FileField
            id={IDS.file}
            label={t('upload.file')}
            hint={t('upload.fileHint')}
            error={fieldError(clientError, 'file')}
            key={fileKey}
            name="file"
            className="coding-file-input"
            accept=".txt,.docx,.vtt,.srt,text/plain,text/vtt,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              restart();
            }}
          />
        ) : (
          <TextAreaField
            id={IDS.text}
            label={t('upload.text')}
            hint={t('upload.textHint')}
            error={fieldError(clientError, 'text')}
            rows={10}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              if (preview) restart();
            }}
          />
        )}
        <TextField
          id={IDS.title}
          label={t('upload.titleLabel')}
          hint={t('upload.titleHint')}
          value={title}
          maxLength={200}
          onChange={(event) => setTitle(event.target.value)}
        />
        <button type="submit" className="button button-secondary" disabled={check.isPending}>
          {check.isPending && !preview ? t('upload.checking') : t('upload.check')}
        </button>
      </form>
      {preview ? (
        <>
          <PseudonymReview
            preview={preview}
            proposals={proposals}
            review={review}
            onReview={setReview}
            onRefresh={() => check.mutate(upload(review))}
            refreshing={check.isPending}
          />
          <div className="coding-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={save.isPending}
              onClick={() => {
                setClientError(null);
                save.mutate(upload(review));
              }}
            >
              {save.isPending ? t('upload.saving') : t('upload.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={restart}>
              {t('actions.cancel')}
            </button>
          </div>
        </>
      ) : null}
    </section>
  );
}
