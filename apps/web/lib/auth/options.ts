import "server-only";
import { authenticateWithPassword, linkOAuthSignIn, RateLimitedError } from "@opsdeck/core";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "../db.ts";
import { env, servesHttps } from "../env.ts";
import { oauthProviders } from "./providers.ts";

const ZCredentials = z.object({ email: z.string().trim().toLowerCase().email(), password: z.string().min(1).max(512) });

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const fwd = headers?.["x-forwarded-for"];
  const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(",")[0]?.trim();
  return first || "unknown";
}

export function authOptions(): NextAuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    // __Secure- cookie names only when served over HTTPS; the proxy reads the token with the same rule.
    useSecureCookies: servesHttps(e),
    session: { strategy: "jwt", maxAge: Math.round(e.SESSION_MAX_AGE_HOURS * 3600) },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const parsed = ZCredentials.safeParse(raw);
          if (!parsed.success) throw new Error("Enter an email address and a password.");
          try {
            const user = await authenticateWithPassword({
              db: db(),
              email: parsed.data.email,
              password: parsed.data.password,
              ip: clientIp(req?.headers),
              now: new Date(),
            });
            if (!user) throw new Error("Wrong email or password, or the account is disabled.");
            return { id: user.id, email: user.email, name: user.name ?? null };
          } catch (err) {
            if (err instanceof RateLimitedError) throw new Error(err.message);
            throw err;
          }
        },
      }),
      ...oauthProviders(e),
    ],
    callbacks: {
      async signIn({ user, account }) {
        if (!account || account.provider === "credentials") return true;
        if (!user.email) return "/login?error=NoEmail";
        const linked = await linkOAuthSignIn({ db: db(), email: user.email, provider: account.provider });
        if (!linked) return "/login?error=NotInvited";
        // next-auth hands this same profile object to the jwt callback: carry the id, look up once.
        (user as { opsdeckId?: string }).opsdeckId = linked.id;
        return true;
      },
      async jwt({ token, user, account }) {
        if (user && account) {
          token.uid = account.provider === "credentials" ? user.id : (user as { opsdeckId?: string }).opsdeckId;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, uid: token.uid };
      },
    },
  };
}
