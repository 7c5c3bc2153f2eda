/**
 * Why a person was suggested as a first-line leader, in plain words: the API sends the reasons of
 * leaders.model.ts (`has_reports` with `{count}`, `title_suggests_first_line` with `{title, keyword}` …) as codes.
 */
import type { LeaderReasonDto } from './organisations.api';
import type { Translate } from './problemText';

export function reasonText(reason: LeaderReasonDto, t: Translate): string {
  const params = reason.params ?? {};
  const count = typeof params.count === 'number' ? params.count : undefined;
  return t(`organisations:reasons.${reason.code}`, {
    ...params,
    ...(count === undefined ? {} : { count }),
    defaultValue: t('organisations:reasons.unknown', { code: reason.code }),
  });
}

/** The reasons in the order the detection gave them, with repeats (same code and params) removed. */
export function reasonTexts(reasons: readonly LeaderReasonDto[] | null | undefined, t: Translate): string[] {
  const texts = (reasons ?? []).map((reason) => reasonText(reason, t));
  return texts.filter((text, index) => texts.indexOf(text) === index);
}
