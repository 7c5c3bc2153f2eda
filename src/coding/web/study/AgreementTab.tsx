import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../web/i18n.js';
import { QueryState } from '../../../web/ui/QueryState.js';
import { formatCoefficient, formatPercent, reliability } from './agreementText.js';
import { CodeChip, type CodingStudy, Num, TranscriptLink } from './bits.js';
import { codeRows } from './codeTree.js';
import { type Agreement, type Code, codingApi, codingKeys, useCoders, useCodes, useTranscripts } from './coding.api.js';
import { MachineKappaTable, measuredCodes } from './MachineKappaTable.js';

function Figures({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation('coding');
  const language = currentLanguage();
  const verdict = reliability(agreement.overall.alpha);
  return (
    <>
      <p>
        {t('agreement.basis', {
          coders: agreement.coders.map((c) => c.name).join(', '),
          transcripts: agreement.transcripts,
          units: agreement.units,
        })}
      </p>
      <dl className="coding-figures">
        <div>
          <dt>{t('agreement.percent')}</dt>
          <dd>{formatPercent(agreement.overall.percent, language)}</dd>
        </div>
        <div>
          <dt>{t('agreement.kappa')}</dt>
          <dd>{formatCoefficient(agreement.overall.kappa, language)}</dd>
        </div>
        <div>
          <dt>{t('agreement.alpha')}</dt>
          <dd>
            {formatCoefficient(agreement.overall.alpha, language)}
            <span className={`coding-verdict coding-verdict-${verdict}`}>{t(`agreement.verdict.${verdict}`)}</span>
          </dd>
        </div>
      </dl>
    </>
  );
}

function PerCodeTable({ agreement, codes }: { agreement: Agreement; codes: Code[] }) {
  const { t } = useTranslation('coding');
  const language = currentLanguage();
  // A code no coder applied in the compared turns has nothing to agree on; listing it would only add "–" rows.
  const used = new Map(agreement.perCode.filter((row) => row.positives > 0).map((row) => [row.codeId, row]));
  const rows = codeRows(codes).filter((r) => used.has(r.code.id));
  const unused = agreement.perCode.length - used.size;
  if (rows.length === 0) return <p className="coding-empty">{t('agreement.noCodes')}</p>;
  return (
    <div className="table--responsive-scroll">
      <table className="table table--zebra table--compact">
        <caption>
          {t('agreement.perCodeCaption')}
          {unused > 0 ? <span className="coding-note">{t('agreement.unusedCodes', { count: unused })}</span> : null}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('codebook.code')}</th>
            <th scope="col" className="coding-number">
              {t('agreement.positives')}
            </th>
            <th scope="col" className="coding-number">
              {t('agreement.percent')}
            </th>
            <th scope="col" className="coding-number">
              {t('agreement.kappaShort')}
            </th>
            <th scope="col" className="coding-number">
              {t('agreement.alphaShort')}
            </th>
            <th scope="col">{t('agreement.assessment')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ code }) => {
            const row = used.get(code.id)!;
            return (
              <tr key={code.id}>
                <th scope="row">
                  <CodeChip code={code} />
                </th>
                <td className="coding-number">
                  <Num value={row.positives} />
                </td>
                <td className="coding-number">{formatPercent(row.percent, language)}</td>
                <td className="coding-number">{formatCoefficient(row.kappa, language)}</td>
                <td className="coding-number">{formatCoefficient(row.alpha, language)}</td>
                <td>{t(`agreement.verdict.${reliability(row.alpha)}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function MachineTable({
  agreement,
  codes,
  onSuggestions,
}: {
  agreement: Agreement;
  codes: Code[];
  onSuggestions: () => void;
}) {
  const { t } = useTranslation('coding');
  const machine = agreement.machine;
  const rows = measuredCodes(
    (machine?.perCode ?? []).map((row) => ({ codeId: row.codeId, kappa: row.kappa, heldOut: row.n })),
    codes,
  );
  return (
    <section aria-labelledby="coding-machine-heading" className="coding-section">
      <h3 id="coding-machine-heading">{t('agreement.machineHeading')}</h3>
      <p className="coding-text">{t('agreement.machineIntro')}</p>
      {!machine || rows.length === 0 ? (
        <p>
          {t('agreement.machineNone')}{' '}
          <button type="button" className="function-link" onClick={onSuggestions}>
            {t('agreement.toSuggestions')}
          </button>
        </p>
      ) : (
        <MachineKappaTable
          rows={rows}
          caption={t('agreement.machineHeading')}
          captionHidden
          heldOutLabel={t('agreement.heldOut')}
        />
      )}
    </section>
  );
}

/** The transcripts that two or more of the compared coders coded: each links to its comparison in the workspace. */
function Comparisons({ study, coderIds }: { study: CodingStudy; coderIds: string[] }) {
  const { t } = useTranslation('coding');
  const transcripts = useTranscripts(study.id);
  const chosen = new Set(coderIds);
  const shared = (transcripts.data ?? []).filter((tr) => tr.coders.filter((c) => chosen.has(c.coderId)).length >= 2);
  return (
    <section aria-labelledby="coding-comparisons-heading" className="coding-section">
      <h3 id="coding-comparisons-heading">{t('agreement.comparisonsHeading')}</h3>
      {shared.length === 0 ? (
        <p className="coding-empty">{t('agreement.comparisonsNone')}</p>
      ) : (
        <ul>
          {shared.map((tr) => (
            <li key={tr.id}>
              <TranscriptLink
                studyId={study.id}
                transcriptId={tr.id}
                compare
                label={t('agreement.compareNamed', { title: tr.title })}
              >
                {tr.title}
              </TranscriptLink>
              {tr.pseudonym ? ` · ${tr.pseudonym}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * Agreement between coders on speaker turns: percent agreement, Cohen's kappa (two coders) and Krippendorff's alpha,
 * overall and per code; the machine as one more coder; and the way into each transcript's comparison.
 */
export function AgreementTab({ study, onSuggestions }: { study: CodingStudy; onSuggestions: () => void }) {
  const { t } = useTranslation('coding');
  const coders = useCoders(study.id);
  const codes = useCodes(study.id);
  const [chosen, setChosen] = useState<string[]>([]);
  const agreement = useQuery({
    queryKey: codingKeys.agreement(study.id, chosen),
    queryFn: () => codingApi.agreement(study.id, chosen),
    enabled: chosen.length !== 1,
  });
  const humans = (coders.data ?? []).filter((c) => c.kind !== 'machine');
  return (
    <section aria-labelledby="coding-agreement-heading">
      <h2 id="coding-agreement-heading">{t('agreement.heading')}</h2>
      <p className="coding-text">{t('agreement.unit')}</p>
      <p className="coding-text">{t('agreement.thresholds')}</p>
      <fieldset className="coding-coders">
        <legend className="form-label">{t('agreement.coders')}</legend>
        <span className="form-hint">{t('agreement.codersHint')}</span>
        {humans.map((coder) => {
          const id = `coding-agreement-coder-${coder.id}`;
          return (
            <div className="form-group-checkbox" key={coder.id}>
              <input
                id={id}
                type="checkbox"
                className="form-checkbox"
                checked={chosen.includes(coder.id)}
                onChange={(event) =>
                  setChosen((current) =>
                    event.target.checked ? [...current, coder.id] : current.filter((c) => c !== coder.id),
                  )
                }
              />
              <label className="form-label" htmlFor={id}>
                {coder.me ? t('agreement.coderMe', { name: coder.name }) : coder.name}
              </label>
            </div>
          );
        })}
      </fieldset>
      {chosen.length === 1 ? (
        <p className="coding-empty">{t('agreement.chooseTwo')}</p>
      ) : (
        <QueryState query={agreement}>
          {(data) =>
            data.coders.length < 2 || data.units === 0 ? (
              <p className="coding-empty">{t('agreement.none')}</p>
            ) : (
              <>
                <Figures agreement={data} />
                <PerCodeTable agreement={data} codes={codes.data ?? []} />
                <MachineTable agreement={data} codes={codes.data ?? []} onSuggestions={onSuggestions} />
                <Comparisons study={study} coderIds={data.coders.map((c) => c.id)} />
              </>
            )
          }
        </QueryState>
      )}
    </section>
  );
}
