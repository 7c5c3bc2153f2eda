import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../web/api';
import { Alert } from '../../web/ui/Alert';
import { orgKeys, type TreeUnit } from './organisations.api';

/** Whether the organisation has imported an org chart (it has units), from the tree's first level. */
export function useHasOrgChart() {
  const roots = useQuery({
    queryKey: orgKeys.tree(null),
    queryFn: () => api.get<{ units: TreeUnit[] }>('/orgchart/tree'),
  });
  return roots.data ? roots.data.units.length > 0 : undefined;
}

/** The empty state of every page of the domain before the first import: a way to the import page. */
export function NoOrgChart() {
  const { t } = useTranslation('organisations');
  return (
    <Alert variant="info" heading={t('empty.noOrgChartHeading')} live={false}>
      <p>{t('empty.noOrgChartText')}</p>
      <p>
        <Link to="/organisation/import" search={{}} className="button button-primary">
          {t('empty.toImport')}
        </Link>
      </p>
    </Alert>
  );
}
