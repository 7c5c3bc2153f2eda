import './organisations.css';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../web/i18n';
import { Page } from '../../web/ui/Page';
import { LeaderStatusBadge } from './LeaderBadges';
import { NoOrgChart } from './NoOrgChart';
import { OrgTree, OrgTreeRoots, useTreeLevel } from './OrgTree';
import { formatCount } from './problemText';
import { UnitAreaForm } from './UnitAreaForm';

function UnitDetails({ unitId, parentId }: { unitId: string; parentId: string | null }) {
  const { t } = useTranslation('organisations');
  const language = currentLanguage();
  // The same query as the tree level the unit is in: read from the cache, refreshed with it.
  const level = useTreeLevel(parentId);
  const unit = level.data?.units.find((u) => u.id === unitId);
  if (!unit) return null;
  return (
    <section aria-labelledby="unit-details-heading" className="org-unit-details">
      <h2 id="unit-details-heading">{unit.name}</h2>
      <dl className="summary-list">
        <dt>{t('columns.area')}</dt>
        <dd>
          {unit.areaName ? `${unit.areaName} (${t(`areaSource.${unit.areaSource ?? 'none'}`)})` : t('summary.noArea')}
        </dd>
        <dt>{t('chart.people')}</dt>
        <dd>{formatCount(unit.peopleCount, language)}</dd>
        <dt>{t('chart.leaders')}</dt>
        <dd>{formatCount(unit.leaderCount, language)}</dd>
        <dt>{t('chart.subunits')}</dt>
        <dd>{formatCount(unit.childCount, language)}</dd>
      </dl>
      {unit.leaders.length > 0 ? (
        <>
          <h3>{t('chart.leadersHeading')}</h3>
          <ul className="org-plain-list">
            {unit.leaders.map((leader) => (
              <li key={leader.id}>
                <Link to="/organisation/people/$personId" params={{ personId: leader.id }}>
                  {leader.name}
                </Link>{' '}
                ({leader.pseudonym}) <LeaderStatusBadge status={leader.decision ?? 'suggested'} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to="/organisation/people" search={{ unitId: unit.id }}>
          {t('chart.peopleLink', { unit: unit.name })}
        </Link>
      </p>
      <UnitAreaForm key={`${unit.id}:${unit.areaSource}:${unit.areaName}`} unit={unit} />
    </section>
  );
}

/** The org chart as a tree that opens one level at a time, with the selected unit's leaders and area beside it. */
export function OrgChartPage() {
  const { t } = useTranslation('organisations');
  const [selected, setSelected] = useState<{ id: string; parentId: string | null } | null>(null);
  const onSelect = useCallback((unit: { id: string; parentId: string | null } | null) => setSelected(unit), []);
  return (
    <Page title={t('chart.title')} lead={t('chart.lead')}>
      <OrgTreeRoots>
        {(roots) =>
          roots.length === 0 ? (
            <NoOrgChart />
          ) : (
            <div className="org-chart-layout">
              <div>
                <p id="org-tree-help" className="form-hint">
                  {t('chart.keyboardHelp')}
                </p>
                <OrgTree roots={roots} label={t('chart.treeLabel')} onSelect={onSelect} />
              </div>
              {selected ? <UnitDetails unitId={selected.id} parentId={selected.parentId} /> : null}
            </div>
          )
        }
      </OrgTreeRoots>
      <p>
        <Link to="/organisation/areas">{t('chart.areasLink')}</Link>
      </p>
    </Page>
  );
}
