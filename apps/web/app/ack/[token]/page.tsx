import { NotFoundError } from "@opsdeck/core";
import { type AckLinkView, readAckLink } from "@opsdeck/core/ack-link/read";
import { ackLinkRefusal } from "@opsdeck/core/ack-link/refusal";
import type { Metadata } from "next";
import Link from "next/link";
import { SeverityBadge } from "@/components/badges/severity-badge";
import { db } from "@/lib/db";
import { AckForm } from "./ack-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Acknowledge", robots: { index: false, follow: false } };

async function viewOf(token: string): Promise<AckLinkView | null> {
  try {
    return await readAckLink(db(), token);
  } catch (err) {
    if (err instanceof NotFoundError) return null;
    throw err;
  }
}

export default async function AckPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const v = await viewOf(token);
  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <div className="card w-full max-w-md p-6">
        {v ? (
          <>
            <p className="text-sm text-slate-600 dark:text-slate-400">Page for {v.sentTo}</p>
            <h1 className="mt-1 text-xl font-semibold">
              Incident #{v.incident.number}: {v.incident.title}
            </h1>
            <p className="mt-2 flex flex-wrap items-center gap-2 text-sm">
              <SeverityBadge severity={v.incident.severity as "P0" | "P1" | "P2" | "P3"} long />
              <span>Service: {v.incident.service ?? "none named"}</span>
            </p>
            {v.state === "ready" ? (
              <AckForm token={token} number={v.incident.number} />
            ) : (
              <p role="status" className="mt-5 text-sm">
                {ackLinkRefusal(v)}
              </p>
            )}
            <p className="mt-5 text-sm">
              <Link
                href={`/incidents/${v.incident.number}`}
                className="font-medium text-emerald-800 underline dark:text-emerald-300"
                rel="noreferrer"
              >
                Open incident #{v.incident.number}
              </Link>{" "}
              <span className="text-slate-600 dark:text-slate-400">(asks you to sign in)</span>
            </p>
          </>
        ) : (
          <>
            <h1 className="text-xl font-semibold">Link not valid</h1>
            <p role="alert" className="mt-3 text-sm">
              This acknowledgement link is not valid: check that the whole link was copied. Sign in to Opsdeck to
              acknowledge the incident there.
            </p>
            <p className="mt-4 text-sm">
              <Link href="/login" className="font-medium text-emerald-800 underline dark:text-emerald-300">
                Sign in
              </Link>
            </p>
          </>
        )}
      </div>
    </main>
  );
}
