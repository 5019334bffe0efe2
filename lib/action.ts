// The one path every mutation takes, from a server action or from the JSON API:
// authorize (role) → parse (zod) → mutate (one synchronous transaction) → revalidate → small state.
// Expected failures are return values, never throws.
// Messages are written as packed keys (lib/i18n/keyed.ts) and rendered here, at the edge, in the
// caller's language: serverAction and apiAction render the state they return.
import 'server-only';
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import { getCurrentUser, userFromHeaders, type CurrentUser } from './auth';
import { keyed } from './i18n/keyed';
import type { Locale } from './i18n/locales';
import { renderFieldErrors, renderServerText } from './i18n/server-text';
import { localeFor, requestLocale } from './request-locale';
import { STORAGE_MESSAGES, storageFailureKind } from './storage-failure';
import { recordStorageFailure } from './storage-status';
import type { Role } from './vocab';

export type FailureCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'invalid'
  | 'conflict'
  | 'not_found'
  | 'frozen'
  | 'storage_unavailable';

export type ActionFailure = {
  ok: false;
  code: FailureCode;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** For conflicts and not-found: the current state the caller should see. */
  current?: unknown;
};
export type ActionSuccess<T> = { ok: true; data: T; message?: string };
export type ActionState<T = unknown> = ActionSuccess<T> | ActionFailure;

/** What a handler returns: success data, or an expected failure. */
export type HandlerResult<T> = ActionSuccess<T> | ActionFailure;

export function fail(code: FailureCode, message: string, extra: Partial<ActionFailure> = {}): ActionFailure {
  return { ok: false, code, message, ...extra };
}

export function succeed<T>(data: T, message?: string): ActionSuccess<T> {
  return { ok: true, data, message };
}

export type ActionDefinition<S extends z.ZodType, T> = {
  name: string;
  roles: readonly Role[];
  schema: S;
  /** Database work inside must be one synchronous transaction; async is only for auth calls. */
  handler: (input: z.output<S>, ctx: { user: CurrentUser }) => HandlerResult<T> | Promise<HandlerResult<T>>;
  /** Refuses a valid request before the handler runs (a signed-off review is frozen: lib/publish-guard.ts). */
  guard?: (input: z.output<S>) => ActionFailure | null;
  /** Paths to revalidate after a successful mutation. */
  revalidate?: (input: z.output<S>, data: T) => string[];
};

const ROLE_REFUSAL = keyed('server.roleRefusal');

/** Turns FormData into a plain object; repeated keys become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = form.getAll(key).map((v) => (typeof v === 'string' ? v : v.name));
    out[key] = all.length === 1 ? all[0] : all;
  }
  return out;
}

function zodFieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Runs a definition for a known caller. Shared by server actions and API routes. */
export async function runAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  user: CurrentUser | null,
  raw: unknown,
): Promise<ActionState<T>> {
  if (!user) return logRefusal(def, user, fail('unauthenticated', keyed('server.signInToChange')));
  if (!def.roles.includes(user.role)) return logRefusal(def, user, fail('forbidden', ROLE_REFUSAL));
  const parsed = def.schema.safeParse(raw);
  if (!parsed.success) {
    return logRefusal(
      def,
      user,
      fail('invalid', keyed('server.invalid'), { fieldErrors: zodFieldErrors(parsed.error) }),
    );
  }
  const refusal = def.guard?.(parsed.data);
  if (refusal) return logRefusal(def, user, refusal);
  let result: HandlerResult<T>;
  try {
    result = await def.handler(parsed.data, { user });
  } catch (error) {
    // A full disk, an I/O error or a read-only file: the transaction was rolled back, so nothing
    // was stored and nothing is acknowledged. Say so plainly (503), not as a bare 500; the log
    // line is rate-limited, not one per request.
    const kind = storageFailureKind(error);
    if (!kind) throw error;
    recordStorageFailure(kind, error);
    return fail('storage_unavailable', STORAGE_MESSAGES[kind]);
  }
  if (!result.ok) return logRefusal(def, user, result);
  for (const p of def.revalidate?.(parsed.data, result.data) ?? []) revalidatePath(p);
  return result;
}

/** Refused requests go to the server log, never to the database. */
function logRefusal<T>(def: { name: string }, user: CurrentUser | null, f: ActionFailure): ActionState<T> {
  console.warn(
    JSON.stringify({ level: 'warn', event: 'refused', action: def.name, code: f.code, user: user?.email ?? user?.name ?? null }),
  );
  return f;
}

/** The state with every message in the reader's language (success messages too). */
export function renderState<T>(state: ActionState<T>, locale: Locale): ActionState<T> {
  if (state.ok) return state.message === undefined ? state : { ...state, message: renderServerText(state.message, locale) };
  return {
    ...state,
    message: renderServerText(state.message, locale),
    ...(state.fieldErrors ? { fieldErrors: renderFieldErrors(state.fieldErrors, locale) } : {}),
  };
}

/** Adapter for server actions: the caller is the session of the current request. */
export function serverAction<S extends z.ZodType, T>(def: ActionDefinition<S, T>) {
  return async (_prev: ActionState<T> | null, input: FormData | Record<string, unknown>): Promise<ActionState<T>> => {
    const raw = input instanceof FormData ? formDataToObject(input) : input;
    return renderState(await runAction(def, await getCurrentUser(), raw), await requestLocale());
  };
}

const STATUS_BY_CODE: Record<FailureCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  invalid: 400,
  conflict: 409,
  not_found: 404,
  storage_unavailable: 503,
  frozen: 409,
};

/** Adapter for JSON route handlers: same rules, failures mapped to HTTP status codes. */
export async function apiAction<S extends z.ZodType, T>(
  def: ActionDefinition<S, T>,
  request: Request,
  raw: unknown,
): Promise<Response> {
  const user = await userFromHeaders(request.headers);
  // API clients get messages in their user's language or their Accept-Language, like the UI.
  const state = renderState(await runAction(def, user, raw), localeFor(user, request.headers));
  if (state.ok) return Response.json(state.data, { status: 200 });
  return Response.json(
    { error: state.code, message: state.message, fieldErrors: state.fieldErrors, current: state.current },
    { status: STATUS_BY_CODE[state.code] },
  );
}
