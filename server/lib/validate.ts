import type { NextFunction, Request, Response } from 'express';
import type { z } from 'zod';
import { AppError } from './errors.js';

type Part = 'body' | 'params' | 'query';

declare module 'express-serve-static-core' {
  interface Request {
    /** Parsed, validated input. Handlers read this, never req.body. */
    input: Record<Part, unknown>;
  }
}

export function validate<S extends z.ZodType>(part: Part, schema: S) {
  return (req: Request, _res: Response, next: NextFunction) => {
    const result = schema.safeParse(req[part] ?? {});
    if (!result.success) {
      throw new AppError(
        'validation_failed',
        'Some fields need attention.',
        result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
      );
    }
    req.input ??= { body: undefined, params: undefined, query: undefined };
    req.input[part] = result.data;
    next();
  };
}

/** Reads what validate(part, schema) stored, typed by the same schema. */
export function input<S extends z.ZodType>(req: Request, part: Part, _schema: S): z.infer<S> {
  return req.input[part] as z.infer<S>;
}
