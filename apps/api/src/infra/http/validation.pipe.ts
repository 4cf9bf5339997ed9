import { AppError } from '@gcm/domain';
import { type ArgumentMetadata, Injectable, StandardSchemaValidationPipe } from '@nestjs/common';
import type { StandardSchemaV1 } from '@standard-schema/spec';

export interface FieldError {
  path: string;
  message: string;
}

function segmentKey(segment: PropertyKey | StandardSchemaV1.PathSegment): string {
  return String(typeof segment === 'object' && segment !== null ? segment.key : segment);
}

export function toFieldErrors(issues: readonly StandardSchemaV1.Issue[], prefix?: string): FieldError[] {
  return issues.map((issue) => {
    const path = [prefix, ...(issue.path ?? []).map(segmentKey)].filter(
      (part) => part !== undefined && part !== '',
    );
    return { path: path.join('.'), message: issue.message };
  });
}

export function validationError(fieldErrors: FieldError[]): AppError {
  const summary = fieldErrors
    .slice(0, 5)
    .map((error) => (error.path ? `${error.path}: ${error.message}` : error.message))
    .join('; ');
  return new AppError('VALIDATION', `The request is not valid: ${summary}`, { fieldErrors });
}

/**
 * Validates every parameter that declares a Standard Schema (`@Body({ schema })`,
 * `@Param('id', { schema })`, `@Query({ schema })`) and turns failures into one AppError whose
 * field paths start with the parameter's name.
 */
@Injectable()
export class SchemaValidationPipe extends StandardSchemaValidationPipe {
  constructor() {
    super({ transform: true, exceptionFactory: (issues) => issues });
  }

  override async transform<T = unknown>(value: T, metadata: ArgumentMetadata): Promise<T> {
    try {
      return await super.transform(value, metadata);
    } catch (caught) {
      if (Array.isArray(caught)) {
        const prefix = typeof metadata.data === 'string' ? metadata.data : undefined;
        const issues = caught as StandardSchemaV1.Issue[];
        if (metadata.type === 'body' && value === undefined) {
          throw validationError([{ path: '', message: 'a JSON body is required' }]);
        }
        throw validationError(toFieldErrors(issues, prefix));
      }
      throw caught;
    }
  }
}
