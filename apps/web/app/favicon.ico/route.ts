/** Browsers ask for /favicon.ico on their own (e.g. for an API response opened in a tab): send the app's icon. */
export function GET(req: Request): Response {
  return Response.redirect(new URL("/icon.svg", req.url), 308);
}
