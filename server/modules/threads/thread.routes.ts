import { Router } from 'express';
import {
  createPostSchema,
  createThreadSchema,
  groupParamsSchema,
  idParamsSchema,
  pageQuerySchema,
  updatePostSchema,
  updateThreadSchema,
} from '../../../shared/api.js';
import type { AppDeps } from '../../deps.js';
import { idempotencyKeyOf, requireSignIn, viewerOf } from '../../lib/http.js';
import { input, validate } from '../../lib/validate.js';
import * as threads from './thread.service.js';

export function threadRoutes(deps: AppDeps): Router {
  const router = Router();
  const id = (req: Parameters<typeof viewerOf>[0]) => input(req, 'params', idParamsSchema).id;

  router.get('/groups/:slug/threads', validate('params', groupParamsSchema), validate('query', pageQuerySchema), async (req, res) => {
    const { slug } = input(req, 'params', groupParamsSchema);
    res.json(await threads.listThreads(deps, viewerOf(req), slug, input(req, 'query', pageQuerySchema)));
  });

  router.post(
    '/groups/:slug/threads',
    requireSignIn,
    validate('params', groupParamsSchema),
    validate('body', createThreadSchema),
    async (req, res) => {
      const { slug } = input(req, 'params', groupParamsSchema);
      const result = await threads.createThread(deps, viewerOf(req), slug, input(req, 'body', createThreadSchema), idempotencyKeyOf(req));
      res.status(201).json(result);
    },
  );

  router.get('/threads/:id', validate('params', idParamsSchema), async (req, res) => {
    res.json(await threads.getThread(deps, viewerOf(req), id(req)));
  });

  router.patch('/threads/:id', requireSignIn, validate('params', idParamsSchema), validate('body', updateThreadSchema), async (req, res) => {
    res.json(await threads.updateThread(deps, viewerOf(req), id(req), input(req, 'body', updateThreadSchema)));
  });

  router.delete('/threads/:id', requireSignIn, validate('params', idParamsSchema), async (req, res) => {
    await threads.deleteThread(deps, viewerOf(req), id(req));
    res.status(204).end();
  });

  router.get('/threads/:id/posts', validate('params', idParamsSchema), validate('query', pageQuerySchema), async (req, res) => {
    res.json(await threads.listPosts(deps, viewerOf(req), id(req), input(req, 'query', pageQuerySchema)));
  });

  router.post('/threads/:id/posts', requireSignIn, validate('params', idParamsSchema), validate('body', createPostSchema), async (req, res) => {
    const post = await threads.createPost(deps, viewerOf(req), id(req), input(req, 'body', createPostSchema), idempotencyKeyOf(req));
    res.status(201).json(post);
  });

  router.patch('/posts/:id', requireSignIn, validate('params', idParamsSchema), validate('body', updatePostSchema), async (req, res) => {
    res.json(await threads.updatePost(deps, viewerOf(req), id(req), input(req, 'body', updatePostSchema)));
  });

  router.delete('/posts/:id', requireSignIn, validate('params', idParamsSchema), async (req, res) => {
    await threads.deletePost(deps, viewerOf(req), id(req));
    res.status(204).end();
  });

  return router;
}
