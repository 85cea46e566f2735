import type { Route } from './route.js';
import { meRoute } from './me.js';
import { demoRoute } from './demo.js';
import { getDefinitionRoute, listDefinitionsRoute, publishDefinitionRoute, validateDefinitionRoute } from './definitions.js';
import { getInstanceRoute, historyRoute, searchInstancesRoute, sendCommandRoute, startInstanceRoute, verificationRoute } from './instances.js';
import { batchRoute, tasksRoute } from './tasks.js';
import { migrationDryRunRoute, migrationRoute } from './migrations.js';

/** Every operation of the API: what Fastify registers and what the OpenAPI document lists. */
export const ROUTES: readonly Route[] = Object.freeze([
  meRoute,
  demoRoute,
  listDefinitionsRoute,
  getDefinitionRoute,
  validateDefinitionRoute,
  publishDefinitionRoute,
  startInstanceRoute,
  searchInstancesRoute,
  getInstanceRoute,
  sendCommandRoute,
  batchRoute,
  tasksRoute,
  historyRoute,
  verificationRoute,
  migrationDryRunRoute,
  migrationRoute,
]);
