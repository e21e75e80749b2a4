"use client";

import type { TUserDto } from "@opsdeck/core/user/schemas";
import {
  type IssuedPasswordState,
  resetUserPasswordAction,
  setUserDisabledAction,
  updateUserRoleAction,
} from "@/app/(dashboard)/settings/users/actions";
import { useFormAction } from "@/components/forms/use-form-action";
import { RelativeTime } from "@/components/ui/relative-time";

const SELF_REASON = "You cannot disable or reset your own account here: another admin can.";

function IssuedPassword({ email, password }: { email: string; password: string }) {
  return (
    <div
      role="status"
      className="mt-2 w-56 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs dark:border-amber-500/40 dark:bg-amber-500/10"
    >
      <p className="font-medium text-amber-900 dark:text-amber-200">
        New password for {email}, shown only now: pass it on privately.
      </p>
      <input
        readOnly
        value={password}
        aria-label={`New password for ${email}`}
        className="input mt-1 font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
      />
    </div>
  );
}

export function UserRow({ user, isSelf }: { user: TUserDto; isSelf: boolean }) {
  const role = useFormAction(updateUserRoleAction, undefined, {
    confirm: `Change the role of ${user.email}? It takes effect on their next request.`,
    onCancel: (form) => {
      const select = form.elements.namedItem("role") as HTMLSelectElement | null;
      if (select) select.value = user.role;
    },
  });
  const disable = useFormAction(setUserDisabledAction);
  const reset = useFormAction<IssuedPasswordState>(resetUserPasswordAction, undefined, {
    confirm: `Reset the password of ${user.email}? Their current password stops working.`,
  });
  const error =
    (!role.state.ok && role.state.message) ||
    (!disable.state.ok && disable.state.message) ||
    (!reset.state.ok && reset.state.message);
  return (
    <tr
      className={user.disabledAt ? "bg-slate-50 dark:bg-slate-900/60" : undefined}
      data-disabled={user.disabledAt ? "true" : undefined}
    >
      <td>
        <div className="flex flex-wrap items-center gap-2">
          <span className={`font-medium ${user.disabledAt ? "text-slate-500 line-through dark:text-slate-400" : ""}`}>
            {user.name ?? user.email}
          </span>
          {isSelf && (
            <span className="rounded bg-sky-100 px-1.5 text-xs font-semibold text-sky-900 dark:bg-sky-500/20 dark:text-sky-200">
              You
            </span>
          )}
          {user.disabledAt && (
            <span className="rounded bg-red-100 px-1.5 text-xs font-semibold text-red-800 uppercase dark:bg-red-500/20 dark:text-red-200">
              Disabled
            </span>
          )}
        </div>
        {user.name && <div className="text-xs text-slate-500 dark:text-slate-400">{user.email}</div>}
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
      <td className="whitespace-nowrap text-slate-500 dark:text-slate-400">
        <span className="sm:hidden">Last sign-in </span>
        {user.lastLoginAt ? <RelativeTime iso={user.lastLoginAt} /> : "never"}
      </td>
      <td>
        {isSelf ? (
          <p className="text-xs text-slate-500 sm:max-w-48 dark:text-slate-400">{SELF_REASON}</p>
        ) : (
          <div className="flex flex-wrap gap-2">
            <form onSubmit={disable.onSubmit}>
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="disabled" value={user.disabledAt ? "false" : "true"} />
              <button type="submit" className="btn-secondary py-1" disabled={disable.pending}>
                {user.disabledAt ? "Enable" : "Disable"}
              </button>
            </form>
            <form onSubmit={reset.onSubmit}>
              <input type="hidden" name="userId" value={user.id} />
              <input type="hidden" name="email" value={user.email} />
              <button type="submit" className="btn-secondary py-1 whitespace-nowrap" disabled={reset.pending}>
                {reset.pending ? "Working…" : "Reset password"}
              </button>
            </form>
          </div>
        )}
        {/* Beside the button that asked for it, so it is in view on a narrow, scrolled table. */}
        {reset.state.ok && reset.state.password && (
          <IssuedPassword email={user.email} password={reset.state.password} />
        )}
      </td>
    </tr>
  );
}
