import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Test-only PKI built with the openssl CLI: a private CA and leaf certificates with chosen dates. */
export type KeyPair = { key: string; cert: string };

export type LeafOptions = {
  commonName: string;
  altNames: string[];
  notBefore: Date;
  notAfter: Date;
  /** Sign with the leaf's own key instead of the CA. */
  selfSigned?: boolean;
};

const CA_CONFIG = `[ca]
default_ca = local
[local]
database = index.txt
new_certs_dir = .
serial = serial
default_md = sha256
policy = anything
unique_subject = no
copy_extensions = copy
[anything]
commonName = supplied
[ca_ext]
basicConstraints = critical,CA:TRUE
keyUsage = critical,keyCertSign,cRLSign
[leaf]
basicConstraints = CA:FALSE
keyUsage = digitalSignature
extendedKeyUsage = serverAuth
`;

const DAY_MS = 86_400_000;

export function daysFromNow(days: number): Date {
  return new Date(Date.now() + days * DAY_MS);
}

/** openssl ca -startdate/-enddate take YYYYMMDDHHMMSSZ (GeneralizedTime). */
function asn1Time(date: Date): string {
  return `${date.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
}

export type TestPki = { ca: KeyPair; issue(options: LeafOptions): KeyPair; dispose(): void };

const EC_KEY = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];

/** Without `caValidity` the CA is valid from now for 30 days. */
export function createTestPki(caValidity?: { notBefore: Date; notAfter: Date }): TestPki {
  const dir = mkdtempSync(path.join(tmpdir(), "opsdeck-probes-pki-"));
  const openssl = (...args: string[]) => {
    execFileSync("openssl", args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  };
  const read = (file: string) => readFileSync(path.join(dir, file), "utf8");
  const sign = (csr: string, out: string, extensions: string, signer: string[], from: Date, to: Date) =>
    openssl(
      "ca",
      "-batch",
      "-notext",
      "-config",
      "ca.cnf",
      "-extensions",
      extensions,
      ...signer,
      "-in",
      csr,
      "-out",
      out,
      "-startdate",
      asn1Time(from),
      "-enddate",
      asn1Time(to),
    );
  writeFileSync(path.join(dir, "ca.cnf"), CA_CONFIG);
  writeFileSync(path.join(dir, "index.txt"), "");
  writeFileSync(path.join(dir, "serial"), "1000\n");
  const caSubject = "/CN=Opsdeck Test CA";
  if (caValidity) {
    openssl("req", "-new", ...EC_KEY, "-keyout", "ca.key", "-out", "ca.csr", "-subj", caSubject);
    sign("ca.csr", "ca.pem", "ca_ext", ["-selfsign", "-keyfile", "ca.key"], caValidity.notBefore, caValidity.notAfter);
  } else {
    openssl("req", "-x509", ...EC_KEY, "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj", caSubject);
  }
  let counter = 0;
  return {
    ca: { key: read("ca.key"), cert: read("ca.pem") },
    issue(options) {
      const name = `leaf-${++counter}`;
      const subject = `/CN=${options.commonName}`;
      const san = `subjectAltName=${options.altNames.join(",")}`;
      openssl(
        "req",
        "-new",
        ...EC_KEY,
        "-keyout",
        `${name}.key`,
        "-out",
        `${name}.csr`,
        "-subj",
        subject,
        "-addext",
        san,
      );
      const signer = options.selfSigned
        ? ["-selfsign", "-keyfile", `${name}.key`]
        : ["-cert", "ca.pem", "-keyfile", "ca.key"];
      sign(`${name}.csr`, `${name}.pem`, "leaf", signer, options.notBefore, options.notAfter);
      return { key: read(`${name}.key`), cert: read(`${name}.pem`) };
    },
    dispose() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
