import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { ResponseDoc } from '../../infra/http/endpoint-docs';
import { setDownloadHeaders } from '../attachments/download-headers';
import { DOCX_MEDIA_TYPE } from './report-docx';

/** The 200 response of a route that hands out a report as a Word document. */
export const DOCX_DOWNLOAD: ResponseDoc = {
  description: 'The .docx, as an attachment',
  content: { [DOCX_MEDIA_TYPE]: { schema: { type: 'string', format: 'binary' } } },
};

/** Hands out a report's .docx as an attachment. */
export function docxDownload(response: Response, file: { fileName: string; bytes: Buffer }): StreamableFile {
  setDownloadHeaders(response, {
    mediaType: DOCX_MEDIA_TYPE,
    fileName: file.fileName,
    size: file.bytes.length,
  });
  return new StreamableFile(file.bytes);
}
