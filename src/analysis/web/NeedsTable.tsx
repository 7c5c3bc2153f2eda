import { useTranslation } from 'react-i18next';
import type { Language } from '../../web/i18n.js';
import type { GapGroup, StudyGaps } from './analysis.api.js';
import { domainPercent, gapDomain, isSuppressed, priorityPoints, type RankedNeed, rankNeeds } from './gapView.model.js';
import { formatDecimal, formatPercent } from './numbers.model.js';

/** The survey gap as a bullet bar: the mean as a bar from 0, its 95 % interval as a line. Decoration only. */
function GapBar({ need, domain }: { need: RankedNeed; domain: [number, number] }) {
  const survey = need.gap.survey;
  if (isSuppressed(survey) || survey.meanGap === null) return null;
  const zero = domainPercent(0, domain);
  const mean = domainPercent(survey.meanGap, domain);
  const [lo, hi] = survey.ci ?? [survey.meanGap, survey.meanGap];
  return (
    <span className="gap-bar" aria-hidden="true">
      <span className="gap-bar-fill" style={{ left: `${Math.min(zero, mean)}%`, width: `${Math.abs(mean - zero)}%` }} />
      <span
        className="gap-bar-ci"
        style={{
          left: `${domainPercent(lo, domain)}%`,
          width: `${domainPercent(hi, domain) - domainPercent(lo, domain)}%`,
        }}
      />
      <span className="gap-bar-zero" style={{ left: `${zero}%` }} />
    </span>
  );
}

function NeedRow({ need, domain, language }: { need: RankedNeed; domain: [number, number]; language: Language }) {
  const { t } = useTranslation('analysis');
  const { survey, interviews, priority } = need.gap;
  const points = priorityPoints(priority.score);
  const title = language === 'en' ? need.competency.titleEn : need.competency.titleDa;
  const fewer = t('fewer');
  const gapText = isSuppressed(survey)
    ? fewer
    : survey.meanGap === null
      ? t('needs.noValue')
      : survey.ci
        ? `${formatDecimal(survey.meanGap, language)} (${formatDecimal(survey.ci[0], language)} – ${formatDecimal(survey.ci[1], language)})`
        : formatDecimal(survey.meanGap, language);
  const belowText = isSuppressed(survey)
    ? fewer
    : survey.shareBelow === null
      ? t('needs.noValue')
      : formatPercent(survey.shareBelow, language);
  const interviewText = isSuppressed(interviews)
    ? fewer
    : interviews.share === null
      ? t('needs.noValue')
      : t('needs.interviewsValue', {
          count: interviews.count,
          n: interviews.n,
          share: formatPercent(interviews.share, language),
        });
  return (
    <tr>
      <th scope="row">
        {title}
        {priority.basis === 'survey' || priority.basis === 'interviews' ? (
          <span className="gap-basis">
            {t(priority.basis === 'survey' ? 'needs.onlySurvey' : 'needs.onlyInterviews')}
          </span>
        ) : null}
      </th>
      <td className="gap-priority">{points === null ? t('needs.noValue') : t('needs.priorityValue', { points })}</td>
      <td>
        <span className="gap-number">{gapText}</span>
        <GapBar need={need} domain={domain} />
      </td>
      <td>{belowText}</td>
      <td>{interviewText}</td>
    </tr>
  );
}

/** The ranked list of needs for the selection as a whole: a real table, the bars beside the numbers. */
export function NeedsTable({ gaps, total }: { gaps: StudyGaps; total: GapGroup }) {
  const { t, i18n } = useTranslation('analysis');
  const language: Language = i18n.language === 'en' ? 'en' : 'da';
  const ranked = rankNeeds(gaps.competencies, total);
  const domain = gapDomain(ranked);
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact gap-needs" data-testid="gap-needs">
        <caption>{t('needs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('needs.competency')}</th>
            <th scope="col">{t('needs.priority')}</th>
            <th scope="col">{t('needs.gap')}</th>
            <th scope="col">{t('needs.below')}</th>
            <th scope="col">{t('needs.interviews')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((need) => (
            <NeedRow key={need.competency.id} need={need} domain={domain} language={language} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
