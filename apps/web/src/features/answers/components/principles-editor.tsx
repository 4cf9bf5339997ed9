import { GUIDING_PRINCIPLES, type TReportPrinciple } from '@gcm/domain';
import { ScrollArea } from '../../../components/ui/scroll-area';
import { useT } from '../../../lib/i18n/use-t';

function titleOf(key: string): string {
  return GUIDING_PRINCIPLES.find((principle) => principle.key === key)?.title ?? key;
}

interface PrinciplesEditorProps {
  rows: readonly TReportPrinciple[];
  /** Left out: the table is shown read-only. */
  onChange?: (key: TReportPrinciple['key'], change: Partial<Omit<TReportPrinciple, 'key'>>) => void;
}

/** Question 5: has each guiding principle been integrated (yes/no), and how. */
export function PrinciplesEditor({ rows, onChange }: PrinciplesEditorProps) {
  const t = useT();
  return (
    <ScrollArea>
      <table className="data-table principles-table" data-testid="principles-table">
        <caption className="visually-hidden">{t('answers.principles.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('answers.principles.principle')}</th>
            <th scope="col">{t('answers.principles.integrated')}</th>
            <th scope="col">{t('answers.principles.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = titleOf(row.key);
            return (
              <tr key={row.key} data-testid={`principle-${row.key}`}>
                <th scope="row">{title}</th>
                <td>
                  {onChange ? (
                    <fieldset className="fieldset">
                      <legend className="visually-hidden">{t('answers.principles.legend', { title })}</legend>
                      <label className="choice">
                        <input
                          type="radio"
                          name={`principle-${row.key}`}
                          aria-label={t('answers.principles.yesLabel', { title })}
                          checked={row.integrated === true}
                          onChange={() => onChange(row.key, { integrated: true })}
                        />{' '}
                        {t('answers.principles.yes')}
                      </label>{' '}
                      <label className="choice">
                        <input
                          type="radio"
                          name={`principle-${row.key}`}
                          aria-label={t('answers.principles.noLabel', { title })}
                          checked={row.integrated === false}
                          onChange={() => onChange(row.key, { integrated: false })}
                        />{' '}
                        {t('answers.principles.no')}
                      </label>
                    </fieldset>
                  ) : row.integrated === null ? (
                    <span className="muted">{t('answers.principles.notAnswered')}</span>
                  ) : row.integrated ? (
                    <span>
                      <span aria-hidden="true">✓ </span>
                      {t('answers.principles.yes')}
                    </span>
                  ) : (
                    <span>
                      <span aria-hidden="true">✗ </span>
                      {t('answers.principles.no')}
                    </span>
                  )}
                </td>
                <td>
                  {onChange ? (
                    <textarea
                      className="input"
                      rows={3}
                      aria-label={t('answers.principles.explanationLabel', { title })}
                      value={row.explanation}
                      onChange={(event) => onChange(row.key, { explanation: event.target.value })}
                    />
                  ) : (
                    <span className="pre-wrap">{row.explanation}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollArea>
  );
}
