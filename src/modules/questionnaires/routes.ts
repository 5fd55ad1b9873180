import { createRouter } from '../../server/openapi.js';
import { instrumentRoutes } from './instrument-routes.js';
import { surveyRoutes } from './survey-routes.js';

/** Instruments (versions, publish) and surveys (distribution, progress, pairing, reliability) under /api/v1. */
export const questionnaireRoutes = createRouter().route('/', instrumentRoutes).route('/', surveyRoutes);
