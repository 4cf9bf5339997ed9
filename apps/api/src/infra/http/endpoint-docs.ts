import { ZErrorResponse } from '@gcm/domain';
import { applyDecorators } from '@nestjs/common';
import { ApiOperation, ApiResponse, type ApiResponseOptions, type ContentObject } from '@nestjs/swagger';
import type { StandardSchemaV1 } from '@standard-schema/spec';

/**
 * How one response of an endpoint is documented:
 * - a schema: the JSON body;
 * - a sentence: on an error status, the `ZErrorResponse` body every error has (the exception filter
 *   writes it) described by the sentence; on a success status, a response without a body (204);
 * - an object, for anything else: a body other than JSON (`content`), or a sentence with a body of
 *   its own (`schema`).
 */
export type ResponseDoc =
  | StandardSchemaV1
  | string
  | { description?: string; schema?: StandardSchemaV1; content?: ContentObject };

function isStandardSchema(doc: ResponseDoc): doc is StandardSchemaV1 {
  return typeof doc === 'object' && '~standard' in doc;
}

function responseOptions(status: number, doc: ResponseDoc): ApiResponseOptions {
  if (typeof doc === 'string') {
    return status >= 400
      ? { status, description: doc, standardSchema: ZErrorResponse }
      : { status, description: doc };
  }
  if (isStandardSchema(doc)) {
    return { status, standardSchema: doc };
  }
  return {
    status,
    ...(doc.description === undefined ? {} : { description: doc.description }),
    ...(doc.schema === undefined ? {} : { standardSchema: doc.schema }),
    ...(doc.content === undefined ? {} : { content: doc.content }),
  };
}

/**
 * The OpenAPI description of an endpoint: its summary and its responses by status, e.g.
 * `@Documented('A vote', { 200: ZVoteRound, 404: 'No such vote' })`.
 */
export function Documented(
  summary: string,
  responses: Readonly<Record<number, ResponseDoc>>,
): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary }),
    ...Object.entries(responses).map(([status, doc]) => ApiResponse(responseOptions(Number(status), doc))),
  );
}
