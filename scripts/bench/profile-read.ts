import { JSDOM } from "jsdom";
import { readPage } from "../../lib/parse/read-page";
import { BENCH_LIST_URL, BENCH_NOW, makeDisputeList } from "./make-dispute-list";
const doc = new JSDOM(makeDisputeList(500), { url: BENCH_LIST_URL }).window.document;
const t = performance.now();
readPage(doc, BENCH_LIST_URL, BENCH_NOW, "America/Los_Angeles");
console.log(performance.now() - t);
