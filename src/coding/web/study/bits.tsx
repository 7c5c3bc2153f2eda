/** Small parts the interview-analysis tabs share: code chips, badges, attributes, numbers, links into a transcript. */
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bandText } from '../../../studies/web/strata.js';
import { formatNumber } from '../../../web/format.js';
import { currentLanguage } from '../../../web/i18n.js';
import type { Polarity } from '../../coding.model.js';
import type { Code, TranscriptAttributes } from './coding.api.js';
import { chipTextColour } from './cooccurrence.js';

/** What every tab needs to know about the study. */
export interface CodingStudy {
  id: string;
  title: string;
  /** The study's status lets the team change transcripts, codes and codings (collecting or analysing). */
  canWrite: boolean;
}

/** A number in the reader's language ("1.234"). */
export function Num({ value }: { value: number }) {
  return <>{formatNumber(value, currentLanguage())}</>;
}

/** The code's name on its own colour, with text that keeps AA contrast whatever colour the code has. */
export function CodeChip({ code }: { code: Pick<Code, 'name' | 'colour'> }) {
  return (
    <span className="coding-chip" style={{ background: code.colour, color: chipTextColour(code.colour) }}>
      {code.name}
    </span>
  );
}

const polarityVariant: Record<Polarity, string> = {
  need: 'badge-warning',
  strength: 'badge-success',
  neutral: 'badge-info',
};

export function PolarityBadge({ polarity }: { polarity: Polarity }) {
  const { t } = useTranslation('coding');
  return <span className={`badge ${polarityVariant[polarity]}`}>{t(`polarity.${polarity}`)}</span>;
}

export function DemoBadge() {
  const { t } = useTranslation('coding');
  return <span className="badge badge-info">{t('transcripts.demo')}</span>;
}

/** The participant's attributes in one line: "Viborg Kommune · Teknik og Miljø · Erfaren leder · Vejformand". */
export function attributesText(
  attributes: TranscriptAttributes,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  return [
    attributes.organisation,
    attributes.area,
    attributes.band ? bandText(attributes.band, t) : null,
    attributes.role,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The route of a transcript's coding workspace (built by the workspace's own page). */
export const WORKSPACE_ROUTE = '/studies/$studyId/transcripts/$transcriptId';

/** A link into a transcript's coding workspace, optionally at a passage (code point offsets) or to its comparison. */
export function TranscriptLink({
  studyId,
  transcriptId,
  at,
  compare = false,
  label,
  children,
}: {
  studyId: string;
  transcriptId: string;
  at?: { start: number; end: number };
  compare?: boolean;
  label?: string;
  children: ReactNode;
}) {
  const search: Record<string, string | number> = {};
  if (at) {
    search.start = at.start;
    search.end = at.end;
  }
  if (compare) search.view = 'compare';
  return (
    <Link to={WORKSPACE_ROUTE} params={{ studyId, transcriptId }} search={search} aria-label={label}>
      {children}
    </Link>
  );
}
