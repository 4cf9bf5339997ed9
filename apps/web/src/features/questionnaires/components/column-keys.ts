/**
 * Column keys for a table question, derived from the titles the coordinator types: "Measure taken"
 * → "measure_taken"; a title with no letter to start from becomes "col_<n>"; a key used twice gets
 * "_2", "_3"… Keys are what the API's column key rule allows (a letter, then letters, digits, _).
 */
export function columnKeys(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title, index) => {
    const slug = title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^[^a-z]+/, '')
      .replace(/_+$/, '')
      .slice(0, 36)
      .replace(/_+$/, '');
    const base = slug === '' ? `col_${index + 1}` : slug;
    let key = base;
    for (let n = 2; used.has(key); n += 1) key = `${base}_${n}`;
    used.add(key);
    return key;
  });
}
