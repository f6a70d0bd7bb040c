// The throwaway certificate: made with openssl once, reused, renewed when old.
import { X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ensureCertificate } from "./cert.ts";

describe("ensureCertificate", () => {
  const dir = mkdtempSync(join(tmpdir(), "sentinel-cert-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("makes a self-signed certificate for *.aliexpress.com and aliexpress.com", () => {
    const { key, cert } = ensureCertificate(dir);
    expect(key).toContain("PRIVATE KEY");
    const x509 = new X509Certificate(cert);
    expect(x509.subjectAltName).toBe("DNS:*.aliexpress.com, DNS:aliexpress.com");
    expect(x509.checkHost("csp.aliexpress.com")).toBe("*.aliexpress.com");
    expect(x509.checkHost("aliexpress.com")).toBe("aliexpress.com");
    expect(x509.checkHost("example.com")).toBeUndefined();
  });

  it("reuses the cached one", () => {
    expect(ensureCertificate(dir).cert).toBe(ensureCertificate(dir).cert);
  });

  it("makes a new one when the cached one is older than 20 days", () => {
    const before = ensureCertificate(dir).cert;
    const old = new Date(Date.now() - 25 * 24 * 60 * 60 * 1000);
    utimesSync(join(dir, "aliexpress.cert.pem"), old, old);
    expect(ensureCertificate(dir).cert).not.toBe(before);
  });
});
