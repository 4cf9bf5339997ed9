import { ZUuid } from '@gcm/domain';
import { Param } from '@nestjs/common';

/**
 * A route parameter that holds a record's id. The global SchemaValidationPipe checks it, so a
 * malformed id is a 400 whose field error names the parameter, before any service runs.
 */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, { schema: ZUuid });
}
