"use client";
import { useActionState, useState } from "react";
import { ConfirmDialog } from "@/app/_components/confirm-dialog";
import { FormAlert } from "@/app/_components/form-alert";
import { initialFormState } from "@/app/_components/form-state";
import { ROLES, type Role } from "@/lib/auth/roles";
import { labelOf } from "@/lib/setbacks/vocabulary";
import { changeRoleAction, deactivateUserAction, reactivateUserAction } from "../actions";

/** Role change and (de)activation for one user; each is its own form and server action. */
export function UserRowControls({ user }: { user: { id: number; name: string; role: Role; active: boolean } }) {
  const [roleState, roleAction, rolePending] = useActionState(changeRoleAction, initialFormState);
  const [activeState, activeAction, activePending] = useActionState(
    user.active ? deactivateUserAction : reactivateUserAction,
    initialFormState,
  );
  // A lower role takes access away (and ends their sessions): that asks first, like deactivating.
  const [chosen, setChosen] = useState<Role>(user.role);
  const lowers = ROLES.indexOf(chosen) < ROLES.indexOf(user.role);
  // The newer of the two answers is the one to show.
  const latest = (roleState.answeredAt ?? 0) >= (activeState.answeredAt ?? 0) ? roleState : activeState;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {/* Wraps rather than squeezing its button's words onto two lines in a phone's narrow column. */}
      <form action={roleAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="userId" value={user.id} />
        <label htmlFor={`role-${user.id}`} className="sr-only">Role of {user.name}</label>
        <select key={user.role} id={`role-${user.id}`} name="role" defaultValue={user.role} onChange={(e) => setChosen(e.target.value as Role)} className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm">
          {ROLES.map((r) => <option key={r} value={r}>{labelOf(r)}</option>)}
        </select>
        {lowers ? null : (
          <button type="submit" disabled={rolePending} className="whitespace-nowrap rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50" aria-label={`Change role of ${user.name}`}>
            Change role
          </button>
        )}
      </form>
      {lowers ? (
        // Outside the role's form: the dialog holds a form of its own.
        <ConfirmDialog
          action={roleAction}
          hidden={{ userId: user.id, role: chosen }}
          label="Change role"
          accessibleName={`Change role of ${user.name}`}
          look="plain"
          pending={rolePending}
          confirm={{
            title: `Make ${user.name} ${chosen === "admin" ? "an" : "a"} ${labelOf(chosen).toLowerCase()}?`,
            body: `They lose what ${user.role === "admin" ? "an" : "a"} ${labelOf(user.role).toLowerCase()} may do, and their open sessions end; signing in again, they work as ${chosen === "admin" ? "an" : "a"} ${labelOf(chosen).toLowerCase()}.`,
            confirmLabel: "Change role",
          }}
        />
      ) : null}
      {user.active ? (
        <ConfirmDialog
          action={activeAction}
          hidden={{ userId: user.id }}
          label="Deactivate"
          accessibleName={`Deactivate ${user.name}`}
          pending={activePending}
          confirm={{ title: `Deactivate ${user.name}?`, body: "They are signed out and cannot sign in until reactivated. Their API tokens are refused meanwhile; what they did stays in the history.", confirmLabel: "Deactivate" }}
        />
      ) : (
        <form action={activeAction}>
          <input type="hidden" name="userId" value={user.id} />
          <button type="submit" disabled={activePending} className="rounded-md border border-slate-300 px-2 py-1 text-sm hover:bg-slate-50" aria-label={`Reactivate ${user.name}`}>
            Reactivate
          </button>
        </form>
      )}
      <div className="w-full empty:hidden"><FormAlert state={latest} /></div>
    </div>
  );
}
