import type { INestApplication } from '@nestjs/common';
import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { z } from 'zod';

/** One route of the running application, as Nest's routing metadata declares it. */
export interface AppRoute {
  /** `METHOD /path`, e.g. `PATCH /api/workshops/:workshopId`. */
  name: string;
  method: string;
  path: string;
  controller: Type;
  handler: string;
  /** The schema of `@Body({ schema })`, if the handler declares one. */
  body?: z.ZodType;
  /** The schema of `@Query({ schema })`, if any. */
  query?: z.ZodType;
  /** `@Param(name, { schema })` by name. */
  params: Record<string, z.ZodType | undefined>;
  /** True when the handler takes an uploaded file (multipart). */
  upload: boolean;
}

interface ArgMetadata {
  index: number;
  data?: unknown;
  schema?: z.ZodType;
}

function joinPath(...parts: string[]): string {
  return `/${parts.join('/')}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
}

/** The routes of one controller class. */
export function routesOfController(controller: Type): AppRoute[] {
  const bases: string | string[] = Reflect.getMetadata(PATH_METADATA, controller) ?? '';
  const prototype = controller.prototype as Record<string, unknown>;
  return Object.getOwnPropertyNames(prototype).flatMap((handler) => {
    if (handler === 'constructor') return [];
    const fn = prototype[handler] as object;
    const paths: string | string[] | undefined = Reflect.getMetadata(PATH_METADATA, fn);
    if (paths === undefined) return [];
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, fn) as RequestMethod];
    const args: Record<string, ArgMetadata> =
      Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handler) ?? {};
    const route = {
      method,
      controller,
      handler,
      params: {} as AppRoute['params'],
      upload: false,
    } as AppRoute;
    for (const [key, arg] of Object.entries(args)) {
      const type = Number(key.split(':')[0]);
      if (type === RouteParamtypes.BODY && !arg.data) route.body = arg.schema;
      if (type === RouteParamtypes.QUERY && !arg.data) route.query = arg.schema;
      if (type === RouteParamtypes.PARAM && typeof arg.data === 'string') route.params[arg.data] = arg.schema;
      if (type === RouteParamtypes.FILE || type === RouteParamtypes.FILES) route.upload = true;
    }
    return [bases].flat().flatMap((base) =>
      [paths].flat().map((path) => ({
        ...route,
        path: joinPath(base, path),
        name: `${method} ${joinPath(base, path)}`,
      })),
    );
  });
}

/** Every controller registered in the application's module graph. */
export function controllersOf(app: INestApplication): Type[] {
  const controllers = new Set<Type>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) controllers.add(wrapper.metatype as Type);
  }
  return [...controllers];
}

/** Every route of the running application, in a stable order. */
export function appRoutes(app: INestApplication): AppRoute[] {
  return controllersOf(app)
    .flatMap(routesOfController)
    .sort((a, b) => a.name.localeCompare(b.name));
}
