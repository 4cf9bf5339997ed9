import 'reflect-metadata';
import { AppError } from '@gcm/domain';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import type { StandardSchemaV1 } from '@standard-schema/spec';
import { UuidParam } from './route-params';
import { SchemaValidationPipe } from './validation.pipe';

class Endpoint {
  get(@UuidParam('reviewId') reviewId: string): string {
    return reviewId;
  }
}

function declaredParameter(): { data: string; schema: StandardSchemaV1 } {
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Endpoint, 'get') as Record<
    string,
    { data: string; schema: StandardSchemaV1 }
  >;
  const [parameter] = Object.values(args);
  if (!parameter) throw new Error('UuidParam declared no route parameter');
  return parameter;
}

describe('UuidParam', () => {
  const pipe = new SchemaValidationPipe();
  const validate = (value: string) => {
    const { data, schema } = declaredParameter();
    return pipe.transform(value, { type: 'param', data, schema });
  };

  it('reads the named route parameter', () => {
    expect(declaredParameter().data).toBe('reviewId');
  });

  it('lets a UUID through', async () => {
    await expect(validate('3f7c2a4e-8d1b-4c6a-9e2f-1a2b3c4d5e6f')).resolves.toBe(
      '3f7c2a4e-8d1b-4c6a-9e2f-1a2b3c4d5e6f',
    );
  });

  it('refuses anything else with a 400 that names the parameter', async () => {
    const refused = validate('not-a-uuid');
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'The request is not valid: reviewId: must be a UUID',
      details: { fieldErrors: [{ path: 'reviewId', message: 'must be a UUID' }] },
    });
  });
});
