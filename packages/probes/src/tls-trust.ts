import tls from "node:tls";

/** Node's `ca` option replaces the public roots, so an extra private CA is added to them instead. */
export function trustedCas(extraCaPem: string | undefined): string[] | undefined {
  return extraCaPem ? [...tls.rootCertificates, extraCaPem] : undefined;
}
