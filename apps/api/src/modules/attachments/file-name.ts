export const MAX_FILE_NAME_LENGTH = 200;

/**
 * A file name safe to store and to show: no directories, no control or bidirectional-override
 * characters, none of the characters Windows refuses, at most 200 characters (the extension kept).
 */
export function sanitizeFileName(original: string): string {
  const base = original.split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const name = cleaned === '' ? 'attachment' : cleaned;
  const characters = [...name];
  if (characters.length <= MAX_FILE_NAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? [...name.slice(dot)] : [];
  if (extension.length > 20) return characters.slice(0, MAX_FILE_NAME_LENGTH).join('');
  const stem = [...name.slice(0, dot)].slice(0, MAX_FILE_NAME_LENGTH - extension.length);
  return `${stem.join('').trimEnd()}${extension.join('')}`;
}

/** `attachment` disposition with an ASCII fallback and the exact name per RFC 5987/6266. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
