import { createRouter } from '../../http/openapi.js';
import { instrumentRoutes } from './instrument-routes.js';
import { interchangeRoutes } from './interchange-routes.js';
import { surveyRoutes } from './survey-routes.js';

/** Instruments (versions, publish) and surveys (distribution, progress, pairing, reliability) under /api/v1. */
export const questionnaireRoutes = createRouter().route('/', interchangeRoutes).route('/', instrumentRoutes).route('/', surveyRoutes);
