import { isSetupOpen } from "@opsdeck/core";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { publicProviders } from "@/lib/auth/providers";
import { getSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

const ERRORS: Record<string, string> = {
  NotInvited: "That account has no Opsdeck user. Ask an admin to add your email first.",
  NoEmail: "The identity provider did not share an email address.",
  SessionRequired: "Please sign in.",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (await isSetupOpen(db())) redirect("/setup");
  if (await getSession()) redirect("/");
  const sp = await searchParams;
  const callbackUrl = sp.callbackUrl?.startsWith("/") && !sp.callbackUrl.startsWith("//") ? sp.callbackUrl : "/";
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div className="card w-full max-w-sm p-6">
        <h1 className="text-xl font-semibold">Sign in to Opsdeck</h1>
        <LoginForm
          callbackUrl={callbackUrl}
          providers={publicProviders(env())}
          initialError={sp.error ? (ERRORS[sp.error] ?? null) : null}
        />
      </div>
    </main>
  );
}
