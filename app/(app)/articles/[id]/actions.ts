'use server';
import { serverAction } from '@/lib/action';
import { addEvidenceDefinition, removeEvidenceDefinition, reviewDefinition } from '@/lib/review-definitions';

export const reviewClaimAction = serverAction(reviewDefinition);
export const addEvidenceAction = serverAction(addEvidenceDefinition);
export const removeEvidenceAction = serverAction(removeEvidenceDefinition);
