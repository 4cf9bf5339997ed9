import { organisationLabel } from '../../lib/labels';

/**
 * The `<option>`s of an organisation picker, "Ministry of Labour and Social Protection (MLSP)",
 * after a first empty option that says what choosing none means.
 */
export function OrganisationOptions({
  organisations,
  none,
}: {
  organisations: readonly { id: string; name: string; shortName: string | null }[];
  none: string;
}) {
  return (
    <>
      <option value="">{none}</option>
      {organisations.map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
          {organisationLabel(organisation) !== organisation.name
            ? ` (${organisationLabel(organisation)})`
            : ''}
        </option>
      ))}
    </>
  );
}
