// A throwaway self-signed certificate for *.aliexpress.com, made once with openssl and cached in
// the git-ignored .cert/ folder. The local seller-center server needs HTTPS because content
// scripts match https:// seller-center URLs; Chromium runs with --ignore-certificate-errors.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { certDir } from "./repo-paths.ts";

export interface Certificate {
  key: string; // PEM
  cert: string; // PEM
}

// openssl makes it valid for 30 days; renew well before that.
const MAX_AGE_MS = 20 * 24 * 60 * 60 * 1000;

function isFresh(path: string, nowMs: number): boolean {
  return existsSync(path) && nowMs - statSync(path).mtimeMs < MAX_AGE_MS;
}

/** Returns the cached certificate, making a new one when it is missing or old. */
export function ensureCertificate(dir: string = certDir, nowMs: number = Date.now()): Certificate {
  const keyPath = join(dir, "aliexpress.key.pem");
  const certPath = join(dir, "aliexpress.cert.pem");
  if (!isFresh(keyPath, nowMs) || !isFresh(certPath, nowMs)) {
    mkdirSync(dir, { recursive: true });
    // Written under temporary names and renamed, so a parallel run never reads half a file.
    const suffix = `.${process.pid}.tmp`;
    try {
      execFileSync(
        "openssl",
        [
          "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
          "-subj", "/CN=aliexpress.com",
          "-addext", "subjectAltName=DNS:*.aliexpress.com,DNS:aliexpress.com",
          "-keyout", keyPath + suffix, "-out", certPath + suffix,
        ],
        { stdio: ["ignore", "ignore", "pipe"] },
      );
    } catch (error) {
      rmSync(keyPath + suffix, { force: true });
      rmSync(certPath + suffix, { force: true });
      if (error instanceof Error && "code" in error && error.code === "ENOENT") {
        throw new Error("openssl is not installed; it makes the test certificate. Install it with: apt-get install openssl");
      }
      throw error;
    }
    renameSync(keyPath + suffix, keyPath);
    renameSync(certPath + suffix, certPath);
  }
  return { key: readFileSync(keyPath, "utf8"), cert: readFileSync(certPath, "utf8") };
}
