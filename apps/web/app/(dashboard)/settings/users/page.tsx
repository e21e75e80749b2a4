import { listUsers } from "@opsdeck/core";
import type { Metadata } from "next";
import { CreateUserForm } from "@/components/forms/user/create-user-form";
import { UserRow } from "@/components/forms/user/user-row";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const me = await requireRole("ADMIN");
  const users = await listUsers({ db: db(), ctx: { actor: me } });
  return (
    <>
      <PageHeader
        title="Users"
        description="Who can sign in, and what they may do. Viewers read; responders act; admins also manage users and secrets."
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <section className="card self-start sm:overflow-x-auto">
          <table className="table-base table-cards">
            <thead>
              <tr>
                <th>User</th>
                <th>Role</th>
                <th>Last sign-in</th>
                <th>Account</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <UserRow key={u.id} user={u} isSelf={u.id === me.id} />
              ))}
            </tbody>
          </table>
        </section>
        <section className="card self-start p-4">
          <h2 className="mb-3 font-semibold">Add a user</h2>
          <CreateUserForm />
        </section>
      </div>
    </>
  );
}
