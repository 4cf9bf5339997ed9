import type { TVoteMethod, TVoteResults } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { objectiveNames } from './use-objective-names';
import { formatValue, measureLabel, tiedWithText } from './vote-labels';

type Entry = TVoteResults['ranking'][number];

export function TieBadge({ entry }: { entry: Entry }) {
  const t = useT();
  const locale = useLocale();
  if (entry.tiedWith.length === 0) return null;
  return (
    <Badge tone="warning" icon="=" testId="tie">
      {tiedWithText(t, locale, entry.tiedWith)}
    </Badge>
  );
}

/** Rank, objective (number and title), value, ties; for ranked rounds the Borda count beside Schulze. */
export function RankingTable({
  method,
  ranking,
  borda,
  caption,
  testId,
}: {
  method: TVoteMethod;
  ranking: readonly Entry[];
  borda?: readonly Entry[] | null;
  caption: string;
  testId?: string;
}) {
  const t = useT();
  const names = objectiveNames(t);
  const bordaOf = new Map((borda ?? []).map((entry) => [entry.objective, entry]));
  return (
    <ScrollArea>
      <table className="data-table results-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('votes.table.rank')}</th>
            <th scope="col">{t('votes.table.objective')}</th>
            <th scope="col">{measureLabel(t, method)}</th>
            {borda ? <th scope="col">{t('votes.table.borda')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {ranking.map((entry) => {
            const other = bordaOf.get(entry.objective);
            return (
              <tr key={entry.objective} data-testid={`result-row-${entry.objective}`}>
                <td className="results-table__rank">{entry.rank}</td>
                <th scope="row">
                  <span className="results-table__objective">
                    {entry.objective}. {names.title(entry.objective) || entry.title}
                  </span>{' '}
                  <TieBadge entry={entry} />
                </th>
                <td className="results-table__value">{formatValue(method, entry.value)}</td>
                {borda ? (
                  <td className="results-table__value">
                    {other ? `${formatValue('ranked', other.value)} (${other.rank})` : '—'}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
