import { formatInstant, localTimeZone, type TQuestionnaireSummary } from '@gcm/domain';
import { Badge } from '../../../components/ui/badge';
import { DataTable } from '../../../components/ui/data-table';
import { QueryGate } from '../../../components/ui/query-gate';
import { useQuestionnaires } from '../../../lib/api/get-questionnaires';
import { ImportQuestionnaireForm } from './import-questionnaire-form';
import { InstanceFrame } from './instance-frame';

function QuestionnaireRow({ questionnaire }: { questionnaire: TQuestionnaireSummary }) {
  return (
    <tr data-testid="questionnaire-row">
      <th scope="row" data-label="Questionnaire">
        {questionnaire.title}
        <span className="muted block instance-row__detail">{questionnaire.key}</span>
      </th>
      <td data-label="Version">{questionnaire.version}</td>
      <td data-label="Language">{questionnaire.language}</td>
      <td data-label="Questions">{questionnaire.questionCount}</td>
      <td data-label="Origin">
        {questionnaire.builtIn || questionnaire.importedAt === null ? (
          <Badge tone="info">Built in</Badge>
        ) : (
          `Imported ${formatInstant(questionnaire.importedAt, localTimeZone(), 'date')}`
        )}
      </td>
    </tr>
  );
}

function QuestionnairesList() {
  const questionnaires = useQuestionnaires();
  return (
    <section className="card" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">Available questionnaires</h2>
      <QueryGate
        query={questionnaires}
        loading="Loading the questionnaires…"
        errorTitle="The questionnaires could not be loaded"
      >
        {(data) => (
          <DataTable
            caption="Questionnaires reviews can follow"
            columns={['Questionnaire', 'Version', 'Language', 'Questions', 'Origin']}
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
  return (
    <InstanceFrame
      title="Questionnaires"
      lead="The forms a new review can follow: the ones shipped with the product and the ones imported here."
    >
      <QuestionnairesList />
      <ImportQuestionnaireForm />
    </InstanceFrame>
  );
}
