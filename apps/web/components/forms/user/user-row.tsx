"use client";

import type { TUserDto } from "@opsdeck/core/user/schemas";
import { setUserDisabledAction, updateUserRoleAction } from "@/app/(dashboard)/settings/users/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { RelativeTime } from "@/components/ui/relative-time";

export function UserRow({ user, isSelf }: { user: TUserDto; isSelf: boolean }) {
  const role = useFormAction(updateUserRoleAction, undefined, {
    confirm: `Change the role of ${user.email}? It takes effect on their next request.`,
    onCancel: (form) => {
      const select = form.elements.namedItem("role") as HTMLSelectElement | null;
      if (select) select.value = user.role;
    },
  });
  const disable = useFormAction(setUserDisabledAction);
  const error = (!role.state.ok && role.state.message) || (!disable.state.ok && disable.state.message);
  return (
    <tr className={user.disabledAt ? "opacity-60" : undefined}>
      <td>
        <div className="font-medium">{user.name ?? user.email}</div>
        {user.name && <div className="text-xs text-slate-500">{user.email}</div>}
        {error && (
          <p role="alert" className="mt-1 text-xs text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
      </td>
      <td>
        <form onSubmit={role.onSubmit} className="flex items-center gap-2">
          <input type="hidden" name="userId" value={user.id} />
          <label className="sr-only" htmlFor={`role-${user.id}`}>
            Role of {user.email}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            defaultValue={user.role}
            className="input w-auto py-1"
            disabled={role.pending}
            onChange={(e) => e.currentTarget.form?.requestSubmit()}
          >
            <option value="VIEWER">Viewer</option>
            <option value="RESPONDER">Responder</option>
            <option value="ADMIN">Admin</option>
          </select>
        </form>
      </td>
      <td className="whitespace-nowrap text-slate-500">{user.lastLoginAt ? <RelativeTime iso={user.lastLoginAt} /> : "never"}</td>
      <td>
        <form onSubmit={disable.onSubmit}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
          <button type="submit" className="btn-secondary py-1" disabled={disable.pending || isSelf} title={isSelf ? "You cannot disable yourself" : undefined}>
            {user.disabledAt ? "Enable" : "Disable"}
          </button>
        </form>
      </td>
    </tr>
  );
}
