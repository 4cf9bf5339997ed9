/** "Ministry of Labour and Social Protection (MLSP)": the name, then the short name when it differs. */
export function OrganisationName({
  organisation,
}: {
  organisation: { name: string; shortName: string | null };
}) {
  return (
    <>
      {organisation.name}
      {organisation.shortName && organisation.shortName !== organisation.name ? (
        <span className="muted"> ({organisation.shortName})</span>
      ) : null}
    </>
  );
}
