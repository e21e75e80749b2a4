import "server-only";
import type { Provider } from "next-auth/providers/index";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import type { TWebEnv } from "../env.ts";

/** OAuth/OIDC providers switched on by their env vars; credentials are added by the caller. */
export function oauthProviders(env: TWebEnv): Provider[] {
  const providers: Provider[] = [];
  if (env.GITHUB_ID && env.GITHUB_SECRET) {
    const github = GitHubProvider({ clientId: env.GITHUB_ID, clientSecret: env.GITHUB_SECRET });
    // Invite-only matching trusts the email: take the primary address only when GitHub says it is verified.
    github.userinfo = {
      url: "https://api.github.com/user",
      async request({ client, tokens }) {
        const profile = await client.userinfo(tokens.access_token as string);
        const res = await fetch("https://api.github.com/user/emails", {
          headers: { Authorization: `Bearer ${tokens.access_token}`, Accept: "application/vnd.github+json" },
        });
        const emails = res.ok ? ((await res.json()) as { email: string; primary: boolean; verified: boolean }[]) : [];
        return { ...profile, email: emails.find((e) => e.primary && e.verified)?.email };
      },
    };
    providers.push(github);
  }
  if (env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({
        clientId: env.GOOGLE_CLIENT_ID,
        clientSecret: env.GOOGLE_CLIENT_SECRET,
        profile: (p) => ({ id: p.sub, name: p.name, email: p.email_verified ? p.email : null, image: p.picture }),
      }),
    );
  }
  if (env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET) {
    providers.push({
      id: "oidc",
      name: env.OIDC_NAME,
      type: "oauth",
      wellKnown: `${env.OIDC_ISSUER.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET,
      authorization: { params: { scope: "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      // Invite-only matching trusts the email, so only one the provider verified counts (OIDC Core §5.1);
      // without it the sign-in ends as NoEmail.
      profile: (p: { sub: string; email?: string; email_verified?: boolean; name?: string }) => ({
        id: p.sub,
        email: p.email_verified === true ? p.email : null,
        name: p.name,
      }),
    });
  }
  return providers;
}

export type PublicProvider = { id: string; name: string };

export const publicProviders = (env: TWebEnv): PublicProvider[] =>
  oauthProviders(env).map((p) => ({ id: p.id, name: p.name }));
