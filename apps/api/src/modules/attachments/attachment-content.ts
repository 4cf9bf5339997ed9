import { isUtf8 } from 'node:buffer';
import { AppError } from '@gcm/domain';
import { fileTypeFromBuffer } from 'file-type';

interface AllowedType {
  /** How the type is named in messages: "a PDF document". */
  label: string;
  /** The media type stored and served. */
  mediaType: string;
  /** Extensions a file of this type may be named with (lower case, no dot). */
  extensions: readonly string[];
  /** Media types a browser may declare for it (besides application/octet-stream). */
  declared: readonly string[];
}

const ZIP = ['application/zip', 'application/x-zip-compressed'];
const OOXML = 'application/vnd.openxmlformats-officedocument';

/** Files recognised by their content, keyed by the extension file-type reports. */
const BINARY_TYPES: Record<string, AllowedType> = {
  pdf: {
    label: 'a PDF document',
    mediaType: 'application/pdf',
    extensions: ['pdf'],
    declared: ['application/pdf'],
  },
  docx: {
    label: 'a Word document (DOCX)',
    mediaType: `${OOXML}.wordprocessingml.document`,
    extensions: ['docx'],
    declared: [`${OOXML}.wordprocessingml.document`, ...ZIP],
  },
  xlsx: {
    label: 'an Excel workbook (XLSX)',
    mediaType: `${OOXML}.spreadsheetml.sheet`,
    extensions: ['xlsx'],
    declared: [`${OOXML}.spreadsheetml.sheet`, ...ZIP],
  },
  pptx: {
    label: 'a PowerPoint presentation (PPTX)',
    mediaType: `${OOXML}.presentationml.presentation`,
    extensions: ['pptx'],
    declared: [`${OOXML}.presentationml.presentation`, ...ZIP],
  },
  odt: {
    label: 'an OpenDocument text (ODT)',
    mediaType: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    declared: ['application/vnd.oasis.opendocument.text', ...ZIP],
  },
  ods: {
    label: 'an OpenDocument spreadsheet (ODS)',
    mediaType: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    declared: ['application/vnd.oasis.opendocument.spreadsheet', ...ZIP],
  },
  png: { label: 'a PNG image', mediaType: 'image/png', extensions: ['png'], declared: ['image/png'] },
  jpg: {
    label: 'a JPEG image',
    mediaType: 'image/jpeg',
    extensions: ['jpg', 'jpeg'],
    declared: ['image/jpeg', 'image/jpg', 'image/pjpeg'],
  },
};

/** UTF-8 text, accepted only under these names since text has no signature to sniff. */
const TEXT_TYPES: Record<string, AllowedType> = {
  txt: {
    label: 'a plain text file',
    mediaType: 'text/plain; charset=utf-8',
    extensions: ['txt'],
    declared: ['text/plain'],
  },
  csv: {
    label: 'a CSV file',
    mediaType: 'text/csv; charset=utf-8',
    extensions: ['csv'],
    declared: ['text/csv', 'application/csv', 'text/x-csv', 'text/plain', 'application/vnd.ms-excel'],
  },
};

export const ALLOWED_TYPES = 'PDF, DOCX, XLSX, PPTX, ODT, ODS, PNG, JPEG, TXT or CSV';

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

function describeExtension(extension: string): string {
  if (!extension) return 'a file without an extension';
  const known = Object.values({ ...BINARY_TYPES, ...TEXT_TYPES }).find((type) =>
    type.extensions.includes(extension),
  );
  return known ? `${known.label} (.${extension})` : `a .${extension} file`;
}

function unsupported(message: string): AppError {
  return new AppError('UNSUPPORTED_MEDIA_TYPE', `${message} Allowed are ${ALLOWED_TYPES} files.`);
}

/**
 * The media type of an upload, decided by its bytes: the content must be one of the allowed types
 * and agree with the file's extension and with the type the browser declared. Throws a 415 that
 * says what the file really is otherwise.
 */
export async function identifyContent(
  bytes: Buffer,
  fileName: string,
  declaredType: string,
): Promise<string> {
  const extension = extensionOf(fileName);
  const detected = await fileTypeFromBuffer(bytes);
  let actual: AllowedType | undefined;
  if (detected) {
    actual = BINARY_TYPES[detected.ext];
    if (!actual) {
      throw unsupported(
        `"${fileName}" is a .${detected.ext} file (${detected.mime}) by its content, which cannot be attached.`,
      );
    }
  } else if (isUtf8(bytes) && !bytes.includes(0)) {
    actual = TEXT_TYPES[extension];
    if (!actual) {
      throw unsupported(
        `"${fileName}" is named as ${describeExtension(extension)} but its content is plain text; text can be attached as .txt or .csv.`,
      );
    }
  } else {
    throw unsupported(`The type of "${fileName}" cannot be recognised from its content.`);
  }
  if (!actual.extensions.includes(extension)) {
    throw unsupported(
      `"${fileName}" is named as ${describeExtension(extension)} but its content is ${actual.label}. Rename it with its real extension (.${actual.extensions[0]}).`,
    );
  }
  const declared = (declaredType.split(';')[0] ?? '').trim().toLowerCase();
  if (declared && declared !== 'application/octet-stream' && !actual.declared.includes(declared)) {
    throw unsupported(`"${fileName}" was sent as ${declared} but its content is ${actual.label}.`);
  }
  return actual.mediaType;
}
