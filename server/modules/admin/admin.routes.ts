import { Router } from 'express';
import {
  addGroupMemberSchema,
  createSiteRuleSchema,
  grantClinicianSchema,
  groupParamsSchema,
  idParamsSchema,
  setRoleSchema,
  userSearchSchema,
} from '../../../shared/api.js';
import type { AppDeps } from '../../deps.js';
import { requireSignIn, requireStaffRole, viewerOf } from '../../lib/http.js';
import { input, validate } from '../../lib/validate.js';
import * as admin from './admin.service.js';

export function adminRoutes(deps: AppDeps): Router {
  const router = Router();
  const id = (req: Parameters<typeof viewerOf>[0]) => input(req, 'params', idParamsSchema).id;

  router.get('/site-rules', requireSignIn, async (req, res) => {
    res.json({ items: await admin.listRulesForComposer(deps, viewerOf(req)) });
  });

  router.use('/admin', requireStaffRole(true));

  router.get('/admin/users', validate('query', userSearchSchema), async (req, res) => {
    res.json({ items: await admin.listUsers(deps, viewerOf(req), input(req, 'query', userSearchSchema).q) });
  });

  router.put('/admin/users/:id/role', validate('params', idParamsSchema), validate('body', setRoleSchema), async (req, res) => {
    res.json(await admin.setRole(deps, viewerOf(req), id(req), input(req, 'body', setRoleSchema).role));
  });

  router.put('/admin/users/:id/clinician', validate('params', idParamsSchema), validate('body', grantClinicianSchema), async (req, res) => {
    res.json(await admin.grantClinician(deps, viewerOf(req), id(req), input(req, 'body', grantClinicianSchema)));
  });

  router.delete('/admin/users/:id/clinician', validate('params', idParamsSchema), async (req, res) => {
    res.json(await admin.revokeClinician(deps, viewerOf(req), id(req)));
  });

  router.post('/admin/groups/:slug/members', validate('params', groupParamsSchema), validate('body', addGroupMemberSchema), async (req, res) => {
    const { slug } = input(req, 'params', groupParamsSchema);
    await admin.addGroupMember(deps, viewerOf(req), slug, input(req, 'body', addGroupMemberSchema).username);
    res.status(204).end();
  });

  router.get('/admin/site-rules', async (req, res) => {
    res.json({ items: await admin.listSiteRules(deps, viewerOf(req)) });
  });

  router.post('/admin/site-rules', validate('body', createSiteRuleSchema), async (req, res) => {
    res.status(201).json(await admin.createSiteRule(deps, viewerOf(req), input(req, 'body', createSiteRuleSchema)));
  });

  router.delete('/admin/site-rules/:id', validate('params', idParamsSchema), async (req, res) => {
    await admin.deleteSiteRule(deps, viewerOf(req), id(req));
    res.status(204).end();
  });

  return router;
}
