// The `replies` contract (DESIGN.md): run as a process, JSON on stdout, exit 2 with one line on stderr.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ReplySuggestion } from "../lib/replies/suggested-replies";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

function runReplies(args: string[]) {
  return spawnSync("npx", ["tsx", "scripts/replies.ts", ...args], { cwd: repoRoot, encoding: "utf8", timeout: 60_000 });
}

describe("replies command", () => {
  it("prints the suggested replies as a JSON array of { id, title, text }", () => {
    const values = JSON.stringify({ buyer: "Иван", orderId: "8123456789012345", carrier: "Cainiao", trackingNumber: "LP00123456789" });
    const result = runReplies(["--reason", "not-received", "--status", "awaiting-seller", "--lang", "ru-RU", "--values", values]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const replies = JSON.parse(result.stdout) as ReplySuggestion[];
    expect(replies.map((r) => r.id)).toEqual(["tracking-update", "ask-to-wait", "delivered-check", "offer-reship-or-refund"]);
    for (const reply of replies) expect(Object.keys(reply).sort()).toEqual(["id", "text", "title"]);
    expect(replies[0]?.text).toContain("Здравствуйте, Иван!");
    expect(replies[0]?.text).toContain("LP00123456789");
    expect(replies[3]?.text).toContain("[сумма возврата]");
  }, 60_000);

  it("exits 2 with one line on stderr for an unknown language", () => {
    const result = runReplies(["--reason", "damaged", "--status", "closed", "--lang", "xx"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^replies: unknown language "xx".*\n$/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  }, 60_000);
});
