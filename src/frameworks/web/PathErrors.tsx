import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../web/api';
import type { FrameworkItem } from '../frameworks.model';
import { pickText } from './FrameworkBits';

/** "items[3].title" → the fourth item's title and the rest of the path, when the items are known. */
export function itemOfPath(
  path: string,
  items: readonly FrameworkItem[] | undefined,
): { item: FrameworkItem; rest: string } | null {
  const match = /^items\[(\d+)\]\.?(.*)$/.exec(path);
  const item = match && items ? items[Number(match[1])] : undefined;
  return match && item ? { item, rest: match[2] } : null;
}

/** Every error of a rejected publish or import, with where it is (a JSON path, or the item it points at). */
export function PathErrors({
  errors,
  caption,
  items,
  language,
}: {
  errors: FieldError[];
  caption: string;
  items?: readonly FrameworkItem[];
  language: string;
}) {
  const { t } = useTranslation('frameworks');
  return (
    <div className="table--responsive-scroll">
      <table className="table table--compact">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('problems.where')}</th>
            <th scope="col">{t('problems.what')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((error, index) => {
            const found = itemOfPath(error.path, items);
            return (
              // Errors have no identity beyond their order in the server's answer.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              <tr key={index}>
                <td>
                  {found ? (
                    <>
                      {t('problems.item', { title: pickText(language, found.item.titleDa, found.item.titleEn) })}{' '}
                      <code className="fw-path">{error.path}</code>
                    </>
                  ) : (
                    <code className="fw-path">{error.path || t('problems.whole')}</code>
                  )}
                </td>
                <td>{error.message}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
