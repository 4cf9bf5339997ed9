import type { TReviewDetail } from '@gcm/domain';
import { OrganisationOptions } from '../../../components/ui/organisation-options';
import { SelectField } from '../../../components/ui/select-field';
import { useReviewOrganisations } from '../../../lib/api/get-review-organisations';
import { useT } from '../../../lib/i18n/use-t';

interface CoordinatingOfficeFieldProps {
  review: TReviewDetail;
  /** The chosen organisation's id, '' for none. */
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** The office that coordinates the review, chosen among the organisations taking part in it. */
export function CoordinatingOfficeField({ review, value, error, onChange }: CoordinatingOfficeFieldProps) {
  const organisations = useReviewOrganisations(review.id);
  const t = useT();
  const current = review.coordinatingOrganisation;
  const list = organisations.data?.organisations ?? [];
  // Until the list is in (or if it cannot be loaded) the current office is still shown as chosen.
  const options =
    current && !list.some((organisation) => organisation.id === current.id) ? [current, ...list] : list;
  return (
    <SelectField
      label={t('reviewSetup.office.label')}
      error={error}
      hint={organisations.isError ? t('reviewSetup.office.failed') : t('reviewSetup.office.hint')}
      value={value}
      onChange={onChange}
      data-testid="coordinating-office"
    >
      <OrganisationOptions organisations={options} none={t('reviewSetup.office.none')} />
    </SelectField>
  );
}
