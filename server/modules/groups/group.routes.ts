import { Router } from 'express';
import { createGroupSchema, groupParamsSchema } from '../../../shared/api.js';
import type { AppDeps } from '../../deps.js';
import { requireSignIn, viewerOf } from '../../lib/http.js';
import { input, validate } from '../../lib/validate.js';
import * as groups from './group.service.js';

export function groupRoutes(deps: AppDeps): Router {
  const router = Router();

  router.get('/groups', async (req, res) => {
    res.json({ items: await groups.listGroups(deps, viewerOf(req)) });
  });

  router.post('/groups', requireSignIn, validate('body', createGroupSchema), async (req, res) => {
    res.status(201).json(await groups.createGroup(deps, viewerOf(req), input(req, 'body', createGroupSchema)));
  });

  router.get('/groups/:slug', validate('params', groupParamsSchema), async (req, res) => {
    res.json(await groups.getGroup(deps, viewerOf(req), input(req, 'params', groupParamsSchema).slug));
  });

  router.put('/groups/:slug/membership', requireSignIn, validate('params', groupParamsSchema), async (req, res) => {
    res.json(await groups.joinGroup(deps, viewerOf(req), input(req, 'params', groupParamsSchema).slug));
  });

  router.delete('/groups/:slug/membership', requireSignIn, validate('params', groupParamsSchema), async (req, res) => {
    res.json(await groups.leaveGroup(deps, viewerOf(req), input(req, 'params', groupParamsSchema).slug));
  });

  return router;
}
