/** True when a request path has a percent-escape that does not decode to UTF-8 (e.g. `/%ff%fe`). */
export function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}
