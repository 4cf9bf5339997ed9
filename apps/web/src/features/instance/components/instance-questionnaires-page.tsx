import { formatInstant, languageName, localTimeZone, type TQuestionnaireSummary } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { useQuestionnaires } from '../../../lib/api/get-questionnaires';
import { useLocale } from '../../../lib/i18n/locale-provider';
import { useT } from '../../../lib/i18n/use-t';
import { ImportQuestionnaireForm } from './import-questionnaire-form';
import { InstanceFrame } from './instance-frame';

function QuestionnaireRow({ questionnaire }: { questionnaire: TQuestionnaireSummary }) {
  const t = useT();
  const locale = useLocale();
  return (
    <tr data-testid="questionnaire-row">
      <th scope="row" data-label={t('instance.questionnaires.col.questionnaire')}>
        {questionnaire.title}
        <span className="muted block instance-row__detail">{questionnaire.key}</span>
      </th>
      <td data-label={t('instance.questionnaires.col.version')}>{questionnaire.version}</td>
      <td data-label={t('instance.questionnaires.col.language')}>
        {languageName(questionnaire.language, locale)}
      </td>
      <td data-label={t('instance.questionnaires.col.questions')}>{questionnaire.questionCount}</td>
      <td data-label={t('instance.questionnaires.col.origin')}>
        {questionnaire.builtIn || questionnaire.importedAt === null ? (
          <Badge tone="info">{t('instance.questionnaires.builtIn')}</Badge>
        ) : (
          t('instance.questionnaires.imported', {
            date: formatInstant(questionnaire.importedAt, localTimeZone(), 'date', locale),
          })
        )}
      </td>
    </tr>
  );
}

function QuestionnairesList() {
  const t = useT();
  const questionnaires = useQuestionnaires();
  return (
    <section className="card" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">{t('instance.questionnaires.listTitle')}</h2>
      <QueryGate
        query={questionnaires}
        loading={t('instance.questionnaires.loading')}
        errorTitle={t('instance.questionnaires.loadError')}
      >
        {(data) => (
          <DataTable
            caption={t('instance.questionnaires.caption')}
            columns={[
              t('instance.questionnaires.col.questionnaire'),
              t('instance.questionnaires.col.version'),
              t('instance.questionnaires.col.language'),
              t('instance.questionnaires.col.questions'),
              t('instance.questionnaires.col.origin'),
            ]}
            stack
            testId="questionnaires"
          >
            {data.questionnaires.map((questionnaire) => (
              <QuestionnaireRow
                key={`${questionnaire.key}@${questionnaire.version}`}
                questionnaire={questionnaire}
              />
            ))}
          </DataTable>
        )}
      </QueryGate>
    </section>
  );
}

/** /instance/questionnaires — the questionnaires reviews can follow, and the import of a new one. */
export function InstanceQuestionnairesPage() {
  const t = useT();
  return (
    <InstanceFrame title={t('instance.questionnaires.title')} lead={t('instance.questionnaires.lead')}>
      <QuestionnairesList />
      <ImportQuestionnaireForm />
    </InstanceFrame>
  );
}
