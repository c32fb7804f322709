import { Router } from 'express';
import { approveSchema, idParamsSchema, pageQuerySchema, redactSchema, rejectSchema } from '../../../shared/api.js';
import type { AppDeps } from '../../deps.js';
import { requireStaffRole, viewerOf } from '../../lib/http.js';
import { input, validate } from '../../lib/validate.js';
import * as moderation from './moderation.service.js';

export function moderationRoutes(deps: AppDeps): Router {
  const router = Router();
  router.use('/moderation', requireStaffRole(false));

  router.get('/moderation/queue', async (req, res) => {
    res.json({ items: await moderation.getQueue(deps, viewerOf(req)) });
  });

  router.post('/moderation/posts/:id/approve', validate('params', idParamsSchema), validate('body', approveSchema), async (req, res) => {
    const { note } = input(req, 'body', approveSchema);
    res.json(await moderation.decide(deps, viewerOf(req), input(req, 'params', idParamsSchema).id, { decision: 'approved', note }));
  });

  router.post('/moderation/posts/:id/redact', validate('params', idParamsSchema), validate('body', redactSchema), async (req, res) => {
    const { reason } = input(req, 'body', redactSchema);
    res.json(await moderation.decide(deps, viewerOf(req), input(req, 'params', idParamsSchema).id, { decision: 'redacted', reason }));
  });

  router.post('/moderation/posts/:id/reject', validate('params', idParamsSchema), validate('body', rejectSchema), async (req, res) => {
    const { reason } = input(req, 'body', rejectSchema);
    res.json(await moderation.decide(deps, viewerOf(req), input(req, 'params', idParamsSchema).id, { decision: 'rejected', reason }));
  });

  router.get('/moderation/audit', validate('query', pageQuerySchema), async (req, res) => {
    res.json(await moderation.getAuditLog(deps, viewerOf(req), input(req, 'query', pageQuerySchema)));
  });

  return router;
}
