/** Themes × priority as a table whose cells darken with their count (the number is always written). */
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type RecommendationData } from '../../../../shared/recommendations.js';
import { heatLevel, heatMap, NO_THEME } from './heatMap.js';

const COLUMNS = [...PRIORITIES, 'unset'] as const;

/**
 * Cells get a background from white to a mid blue; at most 50 % strength, so the dark count
 * keeps a contrast above 4.5:1 on every cell (colour adds to the number, never replaces it).
 * `limit` (the projector, which never scrolls): the themes with the most recommendations, and how
 * many more there are.
 */
export function HeatMapPanel({ recommendations, limit }: { recommendations: RecommendationData[]; limit?: number }) {
  const { t } = useTranslation();
  const { rows: all, max } = heatMap(recommendations);
  const rows = limit === undefined ? all : [...all].sort((a, b) => b.total - a.total).slice(0, limit);
  const hidden = all.length - rows.length;
  return (
    <section className="panel heat-map" aria-labelledby="heat-map-heading">
      <h2 id="heat-map-heading">{t('triage.heatMap.title')}</h2>
      {rows.length === 0 ? (
        <p className="empty">{t('triage.heatMap.empty')}</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('triage.heatMap.caption')}>
          <table className="heat-map__table">
            <caption className="visually-hidden">{t('triage.heatMap.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('triage.theme')}</th>
                {COLUMNS.map((column) => (
                  <th scope="col" key={column}>{column === 'unset' ? t('triage.priorityUnset') : t(`triage.priorities.${column}`)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.theme}>
                  <th scope="row">{row.theme === NO_THEME ? t('triage.heatMap.noTheme') : row.theme}</th>
                  {COLUMNS.map((column) => {
                    const level = column === 'unset' ? 0 : heatLevel(row.counts[column], max);
                    return (
                      <td key={column} className="heat-map__cell" style={{ backgroundColor: `rgb(29 90 158 / ${Math.round(level * 50)}%)` }}>
                        {row.counts[column]}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {hidden > 0 && <p className="hint heat-map__more">{t('triage.heatMap.more', { count: hidden })}</p>}
        </div>
      )}
    </section>
  );
}
