/** Suggestions for a time-zone input (the browser's own list, where it has one). */
export function TimeZoneOptions({ id }: { id: string }) {
  const zones =
    typeof Intl.supportedValuesOf === 'function'
      ? Intl.supportedValuesOf('timeZone')
      : ['UTC', 'Asia/Ulaanbaatar'];
  return (
    <datalist id={id}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
