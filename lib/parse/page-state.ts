// pageState (DESIGN.md principle 6): "not rendered yet" and "session over" are not "nothing there".
import type { PageKind, PageState } from "../model";
import { isLoginUrl } from "../page/detect";
import { EMPTY_LIST_TEXTS, LOGIN_EXPIRED_TEXTS } from "../page/labels";
import { LOGIN_FORM_FIELD } from "../page/selectors";
import { normalizeLabel } from "./text";
import { isInsideHidden, type TextRun } from "./text-runs";

const lower = (texts: readonly string[]): string[] => texts.map((t) => normalizeLabel(t));
const EMPTY = lower(EMPTY_LIST_TEXTS);
const LOGIN = lower(LOGIN_EXPIRED_TEXTS);

function mentions(runs: readonly TextRun[], phrases: readonly string[]): boolean {
  return runs.some((run) => {
    if (run.text.length > 120) return false;
    const text = normalizeLabel(run.text);
    return phrases.some((phrase) => text.includes(phrase));
  });
}

export interface PageStateInput {
  root: ParentNode & Node;
  url: string;
  kind: PageKind;
  runs: readonly TextRun[];
  /** Records read from the page. */
  records: number;
  /** The reader found any structure of its page kind (a header, a label). */
  structureFound: boolean;
}

export function readPageState(input: PageStateInput): PageState {
  const { root, url, kind, runs, records } = input;
  const passwordField = Array.from(root.querySelectorAll(LOGIN_FORM_FIELD)).some((field) => !isInsideHidden(field, root));
  if (isLoginUrl(url) || passwordField || mentions(runs, LOGIN)) return "login-expired";
  if (kind === "unknown") return "ok";
  if (kind === "dispute-list" || kind === "order-list") {
    if (records > 0) return "ok";
    // A list that says it has no rows is empty; no rows and no such message: they have not arrived yet
    // (a spinner, a skeleton, an empty container). Spinner classes are no evidence: Fusion wraps every table in one.
    return mentions(runs, EMPTY) ? "empty" : "loading";
  }
  // A detail page with no labelled field at all has not rendered yet.
  return input.structureFound ? "ok" : "loading";
}
