import { REPORT_TITLE, type TReportInput } from '@gcm/domain';

type Named = Pick<TReportInput, 'country' | 'cycle' | 'version'>;

/** "Voluntary GCM Review — Mongolia 2020". */
export function reportTitle(input: Named): string {
  return `${REPORT_TITLE} — ${[input.country.trim(), String(input.cycle)].filter(Boolean).join(' ')}`;
}

/** "Original" for the first submission, "Amended version 2" after. */
export function versionLabel(version: number): string {
  return version > 1 ? `Amended version ${version}` : 'Original';
}

/** "Voluntary-GCM-Review-Mongolia-2020.docx", "…-2020-amended-version-2.docx". */
export function reportFileName(input: Named, extension = 'docx'): string {
  const slug = reportTitle(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const amended = input.version > 1 ? `-amended-version-${input.version}` : '';
  return `${slug}${amended}.${extension}`;
}

/** The e-mail's subject: "Voluntary GCM Review — Mongolia 2020 — amended version 2". */
export function submissionSubject(input: Named): string {
  return input.version > 1 ? `${reportTitle(input)} — amended version ${input.version}` : reportTitle(input);
}
