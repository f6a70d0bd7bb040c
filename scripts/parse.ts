// `npm run --silent parse -- <page.html> --url <page-url> [--now <ISO-8601>] [--tz <IANA zone>]`
// Reads a saved page with the content script's own reader (DESIGN.md contract) and prints a PageReading.
import { readFileSync, existsSync } from "node:fs";
import { JSDOM } from "jsdom";
import { readPage } from "../lib/parse/read-page";
import { parseCliArgs } from "./parse-args";

function fail(message: string): never {
  process.stderr.write(`parse: ${message}\n`);
  process.exit(2);
}

const parsed = parseCliArgs(process.argv.slice(2), new Date());
if (!parsed.ok) fail(parsed.error);
const { file, url, now, zone } = parsed.args;
if (!existsSync(file)) fail(`no such file: ${file}`);

let html: string;
try {
  html = readFileSync(file, "utf8");
} catch (error) {
  fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
}
// No scripts run and no resources load: the page is data.
const dom = new JSDOM(html, { url });
const reading = readPage(dom.window.document, url, now, zone);
process.stdout.write(`${JSON.stringify(reading, null, 2)}\n`);
