'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import type { UserRow } from '@/db/queries/users';
import { setRoleAction } from '@/server/actions/users';
import { ROLES } from '@/lib/vocab';
import { secondaryButtonClass } from '@/components/ui/field';
import { DataTable } from '@/components/ui/data-table';

function RoleForm({ user, isSelf }: { user: UserRow; isSelf: boolean }) {
  const t = useTranslations('users.list');
  const tc = useTranslations('common');
  const [state, action, pending] = useActionState(setRoleAction, null);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={user.id} />
      <label className="sr-only" htmlFor={`role-${user.id}`}>
        {t('roleOf', { name: user.name })}
      </label>
      <select id={`role-${user.id}`} name="role" defaultValue={user.role} disabled={isSelf} className="rounded border border-stone-300 px-2 py-1 text-sm">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {tc('role', { role: r })}
          </option>
        ))}
      </select>
      {isSelf ? null : (
        <button type="submit" className={secondaryButtonClass} disabled={pending} aria-label={t('saveRoleOf', { name: user.name })}>
          {t('save')}
        </button>
      )}
      <span role="status" aria-live="polite" className="text-xs text-stone-600">
        {state?.message}
      </span>
    </form>
  );
}

export function UserList({ users, currentUserId }: { users: UserRow[]; currentUserId: string | null }) {
  const t = useTranslations('users.list');
  return (
    <DataTable
      head={
        <>
          <th scope="col" className="px-3 py-2">{t('name')}</th>
          <th scope="col" className="px-3 py-2">{t('email')}</th>
          <th scope="col" className="px-3 py-2">{t('role')}</th>
        </>
      }
    >
        {users.map((u) => (
          <tr key={u.id} className="border-t border-stone-100">
            <td className="px-3 py-2">{u.name}</td>
            <td className="px-3 py-2 text-stone-700">{u.email}</td>
            <td className="px-3 py-2">
              <RoleForm user={u} isSelf={u.id === currentUserId} />
            </td>
          </tr>
        ))}
    </DataTable>
  );
}
