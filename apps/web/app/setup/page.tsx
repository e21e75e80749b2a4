import type { Metadata } from "next";
import { isSetupOpen } from "@opsdeck/core";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { SetupForm } from "./setup-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Set up" };

export default async function SetupPage() {
  if (!(await isSetupOpen(db()))) redirect("/login");
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div className="card w-full max-w-sm p-6">
        <h1 className="text-xl font-semibold">Welcome to Opsdeck</h1>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Create the first admin account. This page closes once a user who can sign in exists.
        </p>
        <SetupForm />
      </div>
    </main>
  );
}
