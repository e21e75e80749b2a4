// A small OpenID Connect provider for end-to-end tests: discovery, authorization code flow with
// PKCE (S256) and state, client_secret_basic/post, RS256 id_tokens, JWKS and UserInfo.
// Everything lives in memory; the sign-in page lets a test claim any email.
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type OidcClient = {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
};
export type OidcProviderOptions = { issuer: string; clients: OidcClient[] };

type Identity = { email: string; emailVerified: boolean };
type AuthRequest = {
  client: OidcClient;
  redirectUri: string;
  state: string;
  nonce?: string;
  scopes: string[];
  codeChallenge: string;
  exp: number;
};
type CodeGrant = AuthRequest & {
  identity: Identity;
  used: boolean;
  accessToken?: string;
};
type AccessToken = {
  clientId: string;
  scopes: string[];
  identity: Identity;
  exp: number;
};

const REQUEST_TTL = 600;
const CODE_TTL = 60;
const TOKEN_TTL = 300;
const MAX_BODY = 64 * 1024;
const SCOPES = ["openid", "email", "profile"];
const PKCE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
const PKCE_CHALLENGE = /^[A-Za-z0-9_-]{43}$/;

const now = () => Math.floor(Date.now() / 1000);
const b64url = (buf: Buffer | string) => Buffer.from(buf).toString("base64url");
const randomToken = () => b64url(randomBytes(32));
const sha256 = (s: string) => createHash("sha256").update(s).digest();

function safeEqual(a: string, b: string): boolean {
  const x = sha256(a);
  const y = sha256(b);
  return timingSafeEqual(x, y);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

class OAuthError extends Error {
  constructor(
    readonly error: string,
    description: string,
    readonly status = 400,
    readonly headers: Record<string, string> = {},
  ) {
    super(description);
  }
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>) {
  res.writeHead(status, {
    "content-length": String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  send(res, status, JSON.stringify(body), {
    "content-type": "application/json",
    ...headers,
  });
}

const NO_STORE = { "cache-control": "no-store", pragma: "no-cache" };

function sendOAuthError(res: ServerResponse, err: OAuthError) {
  sendJson(res, err.status, { error: err.error, error_description: err.message }, { ...NO_STORE, ...err.headers });
}

function sendHtml(res: ServerResponse, status: number, title: string, body: string) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
  send(res, status, html, {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    ...NO_STORE,
  });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") throw new OAuthError("invalid_request", "the body must be application/x-www-form-urlencoded");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new OAuthError("invalid_request", "the body is too large");
    chunks.push(chunk);
  }
  const form = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
  for (const key of new Set(form.keys())) {
    if (form.getAll(key).length > 1) throw new OAuthError("invalid_request", `${key} is repeated`);
  }
  return form;
}

/** RFC 6749 §2.3.1: the Basic credentials are each form-urlencoded before base64. */
function basicCredentials(header: string): { id: string; secret: string } {
  const decoded = Buffer.from(header.slice(6).trim(), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0)
    throw new OAuthError("invalid_client", "malformed Basic credentials", 401, {
      "www-authenticate": 'Basic realm="oidc"',
    });
  const unform = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
  try {
    return {
      id: unform(decoded.slice(0, colon)),
      secret: unform(decoded.slice(colon + 1)),
    };
  } catch {
    throw new OAuthError("invalid_client", "malformed Basic credentials", 401, {
      "www-authenticate": 'Basic realm="oidc"',
    });
  }
}

export function createOidcProvider({ issuer, clients }: OidcProviderOptions): Server {
  const base = issuer.replace(/\/$/, "");
  const { privateKey, publicKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
  });
  const { n, e } = publicKey.export({ format: "jwk" }) as {
    n: string;
    e: string;
  };
  // RFC 7638 thumbprint: members in lexicographic order, no whitespace.
  const kid = b64url(sha256(JSON.stringify({ e, kty: "RSA", n })));
  const jwks = { keys: [{ kty: "RSA", n, e, kid, alg: "RS256", use: "sig" }] };

  const requests = new Map<string, AuthRequest>();
  const codes = new Map<string, CodeGrant>();
  const tokens = new Map<string, AccessToken>();

  const discovery = {
    issuer: base,
    authorization_endpoint: `${base}/authorize`,
    token_endpoint: `${base}/token`,
    userinfo_endpoint: `${base}/userinfo`,
    jwks_uri: `${base}/jwks`,
    scopes_supported: SCOPES,
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    grant_types_supported: ["authorization_code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    code_challenge_methods_supported: ["S256"],
    claims_supported: ["iss", "sub", "aud", "exp", "iat", "nonce", "at_hash", "email", "email_verified", "name"],
  };

  function sweep() {
    const t = now();
    for (const [k, v] of requests) if (v.exp < t) requests.delete(k);
    for (const [k, v] of codes) if (v.exp < t) codes.delete(k);
    for (const [k, v] of tokens) if (v.exp < t) tokens.delete(k);
  }

  /** Claims released for the granted scopes (OpenID Connect Core §5.4). */
  function userClaims(identity: Identity, scopes: string[]): Record<string, unknown> {
    const claims: Record<string, unknown> = {
      sub: `user-${b64url(sha256(identity.email.toLowerCase())).slice(0, 22)}`,
    };
    if (scopes.includes("email"))
      Object.assign(claims, {
        email: identity.email,
        email_verified: identity.emailVerified,
      });
    if (scopes.includes("profile")) claims.name = identity.email.split("@")[0];
    return claims;
  }

  function signJwt(payload: Record<string, unknown>, key: KeyObject): string {
    const input = `${b64url(JSON.stringify({ alg: "RS256", typ: "JWT", kid }))}.${b64url(JSON.stringify(payload))}`;
    return `${input}.${b64url(sign("sha256", Buffer.from(input), key))}`;
  }

  function authorizeGet(url: URL, res: ServerResponse) {
    const q = url.searchParams;
    for (const key of new Set(q.keys())) {
      if (q.getAll(key).length > 1) return sendHtml(res, 400, "Bad request", `<h1>Bad request</h1><p>${escapeHtml(key)} is repeated.</p>`);
    }
    const client = clients.find((c) => c.clientId === q.get("client_id"));
    if (!client) return sendHtml(res, 400, "Bad request", "<h1>Bad request</h1><p>Unknown client_id.</p>");
    const redirectUri = q.get("redirect_uri") ?? "";
    if (!client.redirectUris.includes(redirectUri)) {
      return sendHtml(res, 400, "Bad request", "<h1>Bad request</h1><p>redirect_uri is not registered for this client.</p>");
    }
    // From here on errors go back to the client (RFC 6749 §4.1.2.1).
    const state = q.get("state") ?? "";
    const fail = (error: string, description: string) => {
      const to = new URL(redirectUri);
      to.searchParams.set("error", error);
      to.searchParams.set("error_description", description);
      if (state) to.searchParams.set("state", state);
      send(res, 302, "", { location: to.toString(), ...NO_STORE });
    };
    if (q.get("response_type") !== "code") return fail("unsupported_response_type", "response_type must be code");
    const scopes = (q.get("scope") ?? "").split(" ").filter(Boolean);
    if (!scopes.includes("openid")) return fail("invalid_scope", "scope must include openid");
    if (!state) return fail("invalid_request", "state is required");
    const codeChallenge = q.get("code_challenge") ?? "";
    if (q.get("code_challenge_method") !== "S256" || !PKCE_CHALLENGE.test(codeChallenge)) {
      return fail("invalid_request", "PKCE with code_challenge_method=S256 is required");
    }
    const nonce = q.get("nonce") ?? undefined;
    sweep();
    const requestId = randomToken();
    requests.set(requestId, {
      client,
      redirectUri,
      state,
      nonce,
      scopes: scopes.filter((s) => SCOPES.includes(s)),
      codeChallenge,
      exp: now() + REQUEST_TTL,
    });
    sendHtml(
      res,
      200,
      "Sign in as",
      `<h1>Sign in as</h1><p>to ${escapeHtml(client.clientId)}</p>
<form method="post" action="/authorize">
<input type="hidden" name="request_id" value="${escapeHtml(requestId)}">
<p><label for="email">Email</label> <input id="email" name="email" type="email" required autofocus></p>
<p><label><input type="checkbox" name="email_verified" value="true" checked> Email verified</label></p>
<button type="submit">Continue</button>
</form>`,
    );
  }

  async function authorizePost(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const requestId = form.get("request_id") ?? "";
    const request = requests.get(requestId);
    requests.delete(requestId);
    if (!request || request.exp < now()) return sendHtml(res, 400, "Bad request", "<h1>Bad request</h1><p>The sign-in request expired; start again.</p>");
    const email = (form.get("email") ?? "").trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email)) return sendHtml(res, 400, "Bad request", "<h1>Bad request</h1><p>Enter an email address.</p>");
    const code = randomToken();
    codes.set(code, {
      ...request,
      identity: { email, emailVerified: form.get("email_verified") === "true" },
      used: false,
      exp: now() + CODE_TTL,
    });
    const to = new URL(request.redirectUri);
    to.searchParams.set("code", code);
    to.searchParams.set("state", request.state);
    send(res, 302, "", { location: to.toString(), ...NO_STORE });
  }

  function authenticateClient(req: IncomingMessage, form: URLSearchParams): OidcClient {
    const header = req.headers.authorization;
    const basic = header?.toLowerCase().startsWith("basic ") ? basicCredentials(header) : undefined;
    if (basic && form.has("client_secret")) throw new OAuthError("invalid_request", "use one client authentication method");
    const id = basic?.id ?? form.get("client_id");
    const secret = basic?.secret ?? form.get("client_secret");
    if (basic && form.has("client_id") && form.get("client_id") !== basic.id)
      throw new OAuthError("invalid_request", "client_id does not match the credentials");
    const client = clients.find((c) => c.clientId === id);
    if (!client || secret === null || !safeEqual(secret, client.clientSecret)) {
      throw new OAuthError("invalid_client", "client authentication failed", 401, basic ? { "www-authenticate": 'Basic realm="oidc"' } : {});
    }
    return client;
  }

  async function token(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const client = authenticateClient(req, form);
    const grantType = form.get("grant_type");
    if (!grantType) throw new OAuthError("invalid_request", "grant_type is required");
    if (grantType !== "authorization_code") throw new OAuthError("unsupported_grant_type", "only authorization_code is supported");
    const code = form.get("code") ?? "";
    const grant = codes.get(code);
    if (!grant || grant.exp < now() || grant.client.clientId !== client.clientId)
      throw new OAuthError("invalid_grant", "the code is unknown, expired or for another client");
    if (grant.used) {
      // A code presented twice revokes what it issued (RFC 6749 §4.1.2).
      if (grant.accessToken) tokens.delete(grant.accessToken);
      codes.delete(code);
      throw new OAuthError("invalid_grant", "the code was already used");
    }
    grant.used = true;
    if (form.get("redirect_uri") !== grant.redirectUri) throw new OAuthError("invalid_grant", "redirect_uri does not match the authorization request");
    const verifier = form.get("code_verifier") ?? "";
    if (!PKCE_VERIFIER.test(verifier) || b64url(sha256(verifier)) !== grant.codeChallenge) {
      throw new OAuthError("invalid_grant", "code_verifier does not match the code_challenge");
    }
    const accessToken = randomToken();
    grant.accessToken = accessToken;
    const iat = now();
    tokens.set(accessToken, {
      clientId: client.clientId,
      scopes: grant.scopes,
      identity: grant.identity,
      exp: iat + TOKEN_TTL,
    });
    const idToken = signJwt(
      {
        iss: base,
        aud: client.clientId,
        iat,
        exp: iat + TOKEN_TTL,
        ...(grant.nonce ? { nonce: grant.nonce } : {}),
        at_hash: b64url(sha256(accessToken).subarray(0, 16)),
        ...userClaims(grant.identity, grant.scopes),
      },
      privateKey,
    );
    sendJson(
      res,
      200,
      {
        access_token: accessToken,
        token_type: "Bearer",
        expires_in: TOKEN_TTL,
        id_token: idToken,
        scope: grant.scopes.join(" "),
      },
      NO_STORE,
    );
  }

  function userinfo(req: IncomingMessage, res: ServerResponse) {
    const header = req.headers.authorization ?? "";
    if (!header.toLowerCase().startsWith("bearer ")) {
      return send(res, 401, "", {
        "www-authenticate": 'Bearer realm="oidc"',
        ...NO_STORE,
      });
    }
    const grant = tokens.get(header.slice(7).trim());
    if (!grant || grant.exp < now()) {
      return send(res, 401, "", {
        "www-authenticate": 'Bearer realm="oidc", error="invalid_token"',
        ...NO_STORE,
      });
    }
    sendJson(res, 200, userClaims(grant.identity, grant.scopes), NO_STORE);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", base);
    const method = req.method === "HEAD" ? "GET" : req.method;
    const route = `${method} ${url.pathname}`;
    switch (route) {
      case "GET /.well-known/openid-configuration":
        return sendJson(res, 200, discovery);
      case "GET /jwks":
        return sendJson(res, 200, jwks, {
          "content-type": "application/jwk-set+json",
        });
      case "GET /authorize":
        return authorizeGet(url, res);
      case "POST /authorize":
        return authorizePost(req, res);
      case "POST /token":
        return token(req, res);
      case "GET /userinfo":
      case "POST /userinfo":
        return userinfo(req, res);
    }
    const allowed: Record<string, string> = {
      "/.well-known/openid-configuration": "GET, HEAD",
      "/jwks": "GET, HEAD",
      "/authorize": "GET, HEAD, POST",
      "/token": "POST",
      "/userinfo": "GET, HEAD, POST",
    };
    const allow = allowed[url.pathname];
    if (allow) return sendJson(res, 405, { error: "method_not_allowed" }, { allow });
    sendJson(res, 404, { error: "not_found" });
  }

  return createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (res.headersSent) return res.destroy();
      if (err instanceof OAuthError) return sendOAuthError(res, err);
      console.error(err);
      sendJson(res, 500, { error: "server_error" }, NO_STORE);
    });
  });
}
