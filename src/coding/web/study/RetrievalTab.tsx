import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bandText } from '../../../studies/web/strata.js';
import { SelectField } from '../../../web/ui/fields.js';
import { Icon } from '../../../web/ui/Icon.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { codePointLength } from '../../text-offsets.model.js';
import { attributesText, CodeChip, type CodingStudy, TranscriptLink } from './bits.js';
import { CooccurrenceSection } from './CooccurrenceSection.js';
import { codePath, codeRows } from './codeTree.js';
import {
  ATTRIBUTE_KEYS,
  type AttributeKey,
  type Code,
  codingApi,
  codingKeys,
  downloadUrl,
  type Passage,
  type PassageFilter,
  useCoders,
  useCodes,
  useTranscripts,
} from './coding.api.js';

/** The context the API sends on each side of a passage (retrieval.service.ts); a full "after" may go on. */
const CONTEXT_CHARS = 200;

function PassageItem({ study, passage }: { study: CodingStudy; passage: Passage }) {
  const { t } = useTranslation('coding');
  const attributes = attributesText(passage.attributes, t);
  return (
    <li className="coding-passage">
      <p className="coding-passage-meta">
        <TranscriptLink
          studyId={study.id}
          transcriptId={passage.transcriptId}
          at={{ start: passage.start, end: passage.end }}
          label={t('retrieval.openAt', { title: passage.transcriptTitle })}
        >
          {passage.transcriptTitle}
        </TranscriptLink>
        {passage.pseudonym ? ` · ${passage.pseudonym}` : ''}
        {attributes ? ` · ${attributes}` : ''}
        {passage.coderName ? ` · ${t('retrieval.codedBy', { name: passage.coderName })}` : ''}
      </p>
      <p className="coding-passage-body">
        {passage.before ? (
          <span className="coding-context">
            {codePointLength(passage.before) < passage.start ? '…' : ''}
            {passage.before}
          </span>
        ) : null}
        <strong className="coding-passage-text">{passage.text}</strong>
        {passage.after ? (
          <span className="coding-context">
            {passage.after}
            {codePointLength(passage.after) >= CONTEXT_CHARS ? '…' : ''}
          </span>
        ) : null}
      </p>
    </li>
  );
}

/** The distinct values of each attribute among the study's transcripts, for the filters. */
function attributeOptions(values: { attributes: Record<AttributeKey, string | null> }[]) {
  const out = {} as Record<AttributeKey, string[]>;
  for (const key of ATTRIBUTE_KEYS)
    out[key] = [...new Set(values.map((v) => v.attributes[key]).filter((v): v is string => Boolean(v)))].sort((a, b) =>
      a.localeCompare(b, 'da'),
    );
  return out;
}

/**
 * Retrieval: every passage of a code across the study, in one layer (all coders, the consensus, or one coder),
 * filtered by the participants' attributes, with its context and a link to the place in the transcript; the same as
 * CSV; and the co-occurrence table of the codes.
 */
export function RetrievalTab({
  study,
  codeId,
  onCode,
}: {
  study: CodingStudy;
  codeId: string | undefined;
  onCode: (codeId: string) => void;
}) {
  const { t } = useTranslation('coding');
  const codes = useCodes(study.id);
  const coders = useCoders(study.id);
  const transcripts = useTranscripts(study.id);
  const [layer, setLayer] = useState('all');
  const [attributes, setAttributes] = useState<Record<AttributeKey, string>>({
    organisation: '',
    area: '',
    band: '',
    role: '',
  });
  const filter: PassageFilter = { codeId, layer, ...attributes };
  const passages = useQuery({
    queryKey: codingKeys.passages(study.id, filter),
    queryFn: () => codingApi.passages(study.id, filter),
    enabled: Boolean(codeId),
  });
  const options = attributeOptions(transcripts.data ?? []);
  const list: Code[] = codes.data ?? [];
  const chosen = list.find((c) => c.id === codeId);
  const csvQuery = Object.fromEntries(Object.entries(filter).filter(([, v]) => v));

  return (
    <>
      <section aria-labelledby="coding-retrieval-heading">
        <h2 id="coding-retrieval-heading">{t('retrieval.heading')}</h2>
        <p className="coding-text">{t('retrieval.intro')}</p>
        <div className="coding-filters">
          <SelectField
            id="coding-retrieval-code"
            label={t('retrieval.code')}
            value={codeId ?? ''}
            onChange={(event) => onCode(event.target.value)}
          >
            <option value="">{codes.isPending ? t('shell:loading') : t('retrieval.chooseCode')}</option>
            {codeRows(list).map(({ code }) => (
              <option key={code.id} value={code.id}>
                {codePath(list, code.id)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id="coding-retrieval-layer"
            label={t('retrieval.layer')}
            value={layer}
            onChange={(event) => setLayer(event.target.value)}
          >
            <option value="all">{t('layers.all')}</option>
            <option value="consensus">{t('layers.consensus')}</option>
            {(coders.data ?? []).map((coder) => (
              <option key={coder.id} value={coder.id}>
                {t('layers.coder', { name: coder.name })}
              </option>
            ))}
          </SelectField>
          {ATTRIBUTE_KEYS.map((key) => (
            <SelectField
              key={key}
              id={`coding-retrieval-${key}`}
              label={t(`attributes.${key}`)}
              value={attributes[key]}
              onChange={(event) => setAttributes((current) => ({ ...current, [key]: event.target.value }))}
            >
              <option value="">{t('retrieval.any')}</option>
              {options[key].map((value) => (
                <option key={value} value={value}>
                  {key === 'band' ? bandText(value, t) : value}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        {!codeId ? (
          <p className="coding-empty">{t('retrieval.chooseFirst')}</p>
        ) : (
          <QueryState query={passages}>
            {(data) => (
              <>
                <div className="coding-result-bar">
                  <p role="status">
                    {chosen ? <CodeChip code={chosen} /> : null}{' '}
                    {data.total > data.passages.length
                      ? t('retrieval.countLimited', { count: data.total, shown: data.passages.length })
                      : t('retrieval.count', { count: data.total })}
                  </p>
                  {data.total > 0 ? (
                    <a
                      className="button button-secondary"
                      href={downloadUrl(study.id, 'passages.csv', csvQuery)}
                      download
                    >
                      <Icon name="download" />
                      {t('retrieval.csv')}
                    </a>
                  ) : null}
                </div>
                {data.passages.length === 0 ? (
                  <p className="coding-empty">{t('retrieval.none')}</p>
                ) : (
                  <ol className="coding-passages">
                    {data.passages.map((p) => (
                      <PassageItem key={p.codingId} study={study} passage={p} />
                    ))}
                  </ol>
                )}
              </>
            )}
          </QueryState>
        )}
      </section>
      <CooccurrenceSection study={study} layer={layer} codes={list} />
    </>
  );
}
