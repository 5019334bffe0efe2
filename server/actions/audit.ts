'use server';
import { z } from 'zod';
import { getDb } from '@/db/queries/connection';
import { verifyChain, type ChainCheck } from '@/db/queries/audit';
import { serverAction, succeed } from '@/server/action';

export const verifyHistoryAction = serverAction<z.ZodObject, ChainCheck>({
  name: 'verifyHistory',
  roles: ['admin'],
  schema: z.object({}),
  handler: () => succeed(verifyChain(getDb())),
});
