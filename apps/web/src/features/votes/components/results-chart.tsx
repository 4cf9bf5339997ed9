import type { TLocale, TVoteMethod, TVoteResults } from '@gcm/domain';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import type { Translate } from './use-objective-names';
import { listText, valueWithUnit } from './vote-labels';

type Entry = TVoteResults['ranking'][number];

const ROW = 26;
const GAP = 6;
const LABEL = 110;
const VALUE = 120;
const WIDTH = 720;

/** "Top 5: 1. Objective 7 (14 points); 2. Objective 10 (12 points, tied with 1); …" */
export function chartSummary(
  t: Translate,
  locale: TLocale,
  method: TVoteMethod,
  ranking: readonly Entry[],
): string {
  const top = ranking.slice(0, 5).map((entry) => {
    const values = {
      rank: entry.rank,
      objective: entry.objective,
      value: valueWithUnit(t, method, entry.value),
    };
    return entry.tiedWith.length > 0
      ? t('votes.chart.entryTied', { ...values, tied: listText(locale, entry.tiedWith) })
      : t('votes.chart.entry', values);
  });
  return top.length === 0
    ? t('votes.chart.none')
    : t('votes.chart.summary', { count: top.length, entries: top.join('; ') });
}

/**
 * A horizontal bar per objective, best first, in plain SVG. For screen readers it is one image whose
 * label sums up the top five; the table beside it has every figure.
 */
export function ResultsChart({ method, ranking }: { method: TVoteMethod; ranking: readonly Entry[] }) {
  const t = useT();
  const locale = useLocale();
  const max = Math.max(...ranking.map((entry) => entry.value), 0);
  const barSpace = WIDTH - LABEL - VALUE;
  const height = ranking.length * (ROW + GAP);
  return (
    <figure className="results-chart">
      <svg
        role="img"
        aria-label={chartSummary(t, locale, method, ranking)}
        data-testid="results-chart"
        viewBox={`0 0 ${WIDTH} ${Math.max(height, ROW)}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        {ranking.map((entry, index) => {
          const y = index * (ROW + GAP);
          const width = max > 0 ? Math.max((entry.value / max) * barSpace, entry.value > 0 ? 2 : 0) : 0;
          return (
            <g
              key={entry.objective}
              className={entry.tiedWith.length > 0 ? 'results-chart__tied' : undefined}
            >
              <text
                x={LABEL - 8}
                y={y + ROW / 2}
                dominantBaseline="middle"
                textAnchor="end"
                className="results-chart__label"
              >
                {t('votes.objective.short', { number: entry.objective })}
              </text>
              <rect x={LABEL} y={y} width={width} height={ROW} rx={3} className="results-chart__bar" />
              <text
                x={LABEL + width + 6}
                y={y + ROW / 2}
                dominantBaseline="middle"
                className="results-chart__value"
              >
                {valueWithUnit(t, method, entry.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">{t('votes.chart.caption', { method })}</figcaption>
    </figure>
  );
}
