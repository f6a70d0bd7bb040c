// A large dispute list for the bench: the rows of a saved seller-center page repeated with fresh ids, so the
// markup is the real kind (generated class names, stacked spans, copy links), only longer.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const TEMPLATE = fileURLToPath(new URL("../../e2e/fixtures/shared-pages/dispute-list-zh-table.html", import.meta.url));
export const BENCH_LIST_URL = "https://csp.aliexpress.com/m_apps/dispute-management/list?channelId=9000001";
export const BENCH_NOW = new Date("2026-11-20T18:30:00.000Z");

export function makeDisputeList(rows: number): string {
  const html = readFileSync(TEMPLATE, "utf8");
  const bodyStart = html.indexOf("<tbody>") + "<tbody>".length;
  const bodyEnd = html.indexOf("</tbody>");
  const templateRows = html.slice(bodyStart, bodyEnd).split(/(?=<tr[\s>])/).filter((row) => row.startsWith("<tr"));
  let serial = 0;
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    const row = templateRows[i % templateRows.length] ?? "";
    // Every 16-17 digit id gets a unique value, keeping its length.
    out.push(row.replace(/\b\d{16,17}\b/g, (id) => String(BigInt(id.slice(0, 4) + "0".repeat(id.length - 4)) + BigInt(++serial))));
  }
  return html.slice(0, bodyStart) + out.join("") + html.slice(bodyEnd);
}
