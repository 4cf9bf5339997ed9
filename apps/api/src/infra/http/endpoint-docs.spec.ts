import 'reflect-metadata';
import { ZErrorResponse } from '@gcm/domain';
import { ApiOperation, ApiResponse, DECORATORS } from '@nestjs/swagger';
import { z } from 'zod';
import { Documented } from './endpoint-docs';

const ZThing = z.object({ id: z.string() });
const ZConflict = z.object({ current: ZThing });

function docsOf(method: unknown): { operation: unknown; responses: unknown } {
  return {
    operation: Reflect.getMetadata(DECORATORS.API_OPERATION, method as object),
    responses: Reflect.getMetadata(DECORATORS.API_RESPONSE, method as object),
  };
}

/** The same endpoints, once with Documented and once with the decorators it stands for. */
class Composed {
  @Documented('A thing', { 200: ZThing, 404: 'No such thing' })
  get(): void {}

  @Documented('Remove a thing', {
    204: 'Removed',
    409: { description: 'Changed meanwhile', schema: ZConflict },
  })
  remove(): void {}

  @Documented('A thing as a file', {
    200: { description: 'The file', content: { 'text/csv': { schema: { type: 'string' } } } },
    403: ZErrorResponse,
    404: { description: 'No such file' },
  })
  file(): void {}
}

class ByHand {
  @ApiOperation({ summary: 'A thing' })
  @ApiResponse({ status: 200, standardSchema: ZThing })
  @ApiResponse({ status: 404, description: 'No such thing', standardSchema: ZErrorResponse })
  get(): void {}

  @ApiOperation({ summary: 'Remove a thing' })
  @ApiResponse({ status: 204, description: 'Removed' })
  @ApiResponse({ status: 409, description: 'Changed meanwhile', standardSchema: ZConflict })
  remove(): void {}

  @ApiOperation({ summary: 'A thing as a file' })
  @ApiResponse({
    status: 200,
    description: 'The file',
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  @ApiResponse({ status: 403, standardSchema: ZErrorResponse })
  @ApiResponse({ status: 404, description: 'No such file' })
  file(): void {}
}

describe('Documented', () => {
  it.each(['get', 'remove', 'file'] as const)(
    'documents %s as the stacked swagger decorators would',
    (name) => {
      expect(docsOf(Composed.prototype[name])).toEqual(docsOf(ByHand.prototype[name]));
    },
  );

  it('gives a sentence on an error status the error body, and on a success status no body', () => {
    const { responses } = docsOf(Composed.prototype.remove) as {
      responses: Record<string, { description: string; standardSchema?: unknown }>;
    };
    expect(responses['204']).toEqual(expect.objectContaining({ description: 'Removed' }));
    expect(responses['204']?.standardSchema).toBeUndefined();
    const { responses: getResponses } = docsOf(Composed.prototype.get) as {
      responses: Record<string, { description: string; standardSchema?: unknown }>;
    };
    expect(getResponses['404']).toEqual(
      expect.objectContaining({ description: 'No such thing', standardSchema: ZErrorResponse }),
    );
    expect(getResponses['200']).toEqual(expect.objectContaining({ description: '', standardSchema: ZThing }));
  });

  it('sets the summary', () => {
    expect(docsOf(Composed.prototype.get).operation).toEqual({ summary: 'A thing' });
  });
});
