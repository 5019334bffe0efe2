'use server';
import { serverAction } from '@/server/action';
import { addEvidenceDefinition, removeEvidenceDefinition, reviewDefinition } from '@/server/review-definitions';

export const reviewClaimAction = serverAction(reviewDefinition);
export const addEvidenceAction = serverAction(addEvidenceDefinition);
export const removeEvidenceAction = serverAction(removeEvidenceDefinition);
