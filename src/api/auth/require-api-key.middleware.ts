import type { MiddlewareFn } from 'type-graphql';
import type { ApiContext } from '../context/api-context';
import { requireWriteAccess } from './api-key';

/** Guards a mutation: runs before argument validation, so callers without the key learn nothing else. */
export const RequireApiKey: MiddlewareFn<ApiContext> = async ({ context }, next) => {
  requireWriteAccess(context.caller);
  return next();
};
