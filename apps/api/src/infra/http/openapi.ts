import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document, built from the controllers and the zod contract in @gcm/domain. */
export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('GCM Review Tracker API')
    .setDescription(
      'Run a Voluntary GCM Review: the catalogue, reviews and their questions. Errors are always ' +
        '`{ statusCode, code, message, fieldErrors? }`.',
    )
    .setVersion(version)
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Serves Swagger UI at /api/docs and the machine-readable document at /api/openapi.json. */
export function serveOpenApi(app: INestApplication, version: string): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app, version), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'GCM Review Tracker API',
  });
}
