'use server';
import { formDataToObject, serverAction, type ActionState } from '@/server/action';
import {
  addSourceFormDefinition,
  applyVerdictDefinition,
  attachSourceDefinition,
  passageEvidenceDefinition,
  type AddedSource,
} from '@/server/source-definitions';

const runAddSource = serverAction(addSourceFormDefinition);

/** The form posts FormData; the file is passed on as a File (formDataToObject keeps only names). */
export async function addSourceAction(prev: ActionState<AddedSource> | null, form: FormData): Promise<ActionState<AddedSource>> {
  return runAddSource(prev, { ...formDataToObject(form), file: form.get('file') ?? undefined });
}
export const attachSourceAction = serverAction(attachSourceDefinition);
export const passageEvidenceAction = serverAction(passageEvidenceDefinition);
export const applyVerdictAction = serverAction(applyVerdictDefinition);
