import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from './Alert';
import { errorMessage } from './errors';
import { Loading } from './Loading';

/** Shows a spinner while a query loads, an error with "Prøv igen" when it fails, else its data. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError)
    return (
      <Alert variant="error" heading={t('errors.loadFailed')}>
        <p>{errorMessage(query.error, t)}</p>
        <button type="button" className="button button-secondary" onClick={() => void query.refetch()}>
          {t('actions.retry')}
        </button>
      </Alert>
    );
  return <>{children(query.data)}</>;
}
