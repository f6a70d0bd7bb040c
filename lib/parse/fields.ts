// From "concept → shown values" to the DisputeReading / OrderReading fields (DOMAIN.md §2, §4).
// One builder for every layout: table rows, card blocks and detail pages all fill a FieldBag first.
import type { DisputeReading, Money, OrderReading } from "../model";
import type { LabelConcept } from "../page/labels";
import type { LabelValue } from "./label-values";
import { mayHoldLabel, readLabelValues } from "./label-values";
import { isKnownStatusText, normalizeReason, normalizeStatus } from "./normalize";
import type { TableRow } from "./table";
import { findIds, findMoney, isIncompleteDeadlineText, parseDateTime, parseDeadlineText } from "./text";
import { hasNumberAcrossElements, joinRuns, type TextRun } from "./text-runs";

export interface FieldValue {
  text: string;
  runs: readonly TextRun[];
}

export type FieldBag = Map<LabelConcept, FieldValue[]>;

export interface ReadContext {
  now: Date;
  zone: string;
}

export function addField(bag: FieldBag, concept: LabelConcept, value: FieldValue): void {
  if (value.text === "") return;
  const list = bag.get(concept);
  if (list) list.push(value);
  else bag.set(concept, [value]);
}

export function addPairs(bag: FieldBag, pairs: readonly LabelValue[]): void {
  for (const pair of pairs) addField(bag, pair.concept, { text: pair.value, runs: pair.valueRuns });
}

// Columns whose values have a form of their own: a cell that lacks it shows the row is out of line with its header.
const ID_COLUMNS: ReadonlySet<LabelConcept> = new Set(["orderId", "disputeId"]);
const TIME_COLUMNS: ReadonlySet<LabelConcept> = new Set(["opened", "updated", "paid", "shipped", "delivered"]);
const MONEY_COLUMNS: ReadonlySet<LabelConcept> = new Set(["refund", "orderAmount"]);

function fitsColumn(concept: LabelConcept, text: string, zone: string): boolean {
  if (isBlank(text)) return true;
  if (ID_COLUMNS.has(concept)) return findIds(text).length > 0;
  if (TIME_COLUMNS.has(concept)) return parseDateTime(text, zone) !== null;
  if (MONEY_COLUMNS.has(concept)) return findMoney(text) !== null;
  return true;
}

/**
 * A table row as fields: the column's concept for the cell's own text, and labels stacked inside cells.
 * When a cell does not have its column's form (no id under 订单号, no date under 纠纷时间) the row does not line up
 * with its header, and its cells are read by their own labels only: a wrong deadline is worse than none.
 */
export function bagFromRow(row: TableRow, zone: string): FieldBag {
  const bag: FieldBag = new Map();
  const stacked: LabelValue[] = [];
  const aligned = row.cells.every((cell) => cell.concept === null || fitsColumn(cell.concept, cell.text, zone));
  for (const cell of row.cells) {
    // Most cells hold a value and no label: nothing to look for then.
    if (!cell.runs.some((run) => mayHoldLabel(run.text))) {
      if (cell.concept && aligned) addField(bag, cell.concept, { text: cell.text, runs: cell.runs });
      continue;
    }
    // A cell that is only a label word ("Shipped" under Order status) is a value, not a label.
    const pairs = readLabelValues(cell.element, cell.runs).filter((pair) => pair.value !== "");
    stacked.push(...pairs);
    const used = new Set<TextRun>();
    for (const pair of pairs) {
      used.add(pair.labelRun);
      for (const run of pair.valueRuns) used.add(run);
    }
    const own = used.size === 0 ? cell.runs : cell.runs.filter((run) => !used.has(run));
    // No label inside the cell: its own text is the cell's text, already joined when the table was read.
    if (cell.concept && aligned) addField(bag, cell.concept, { text: own === cell.runs ? cell.text : joinRuns(own), runs: own });
  }
  addPairs(bag, stacked);
  return bag;
}

/** "-", "--", "N/A": the page shows no value. */
function isBlank(text: string): boolean {
  return BLANK.test(text);
}
const BLANK = /^[-–—/\s]*$|^\s*n\/?a\s*$/i;

function firstText(bag: FieldBag, concept: LabelConcept): string | null {
  const value = bag.get(concept)?.find((v) => !isBlank(v.text));
  return value ? value.text : null;
}

function firstOf<T>(bag: FieldBag, concepts: readonly LabelConcept[], read: (text: string) => T | null): T | null {
  for (const concept of concepts) {
    for (const value of bag.get(concept) ?? []) {
      if (isBlank(value.text)) continue;
      const result = read(value.text);
      if (result !== null) return result;
    }
  }
  return null;
}

export function readId(bag: FieldBag, concept: LabelConcept): string | null {
  return firstOf(bag, [concept], (text) => findIds(text)[0] ?? null);
}

export function readMoney(bag: FieldBag, concepts: readonly LabelConcept[]): Money | null {
  return firstOf(bag, concepts, findMoney);
}

/** The shown time of a concept; a wall time that occurred twice is noted in `ambiguousTexts` (DOMAIN.md §2). */
export function readTime(bag: FieldBag, concept: LabelConcept, zone: string, ambiguousTexts?: string[]): string | null {
  return firstOf(bag, [concept], (text) => {
    const parsed = parseDateTime(text, zone);
    if (parsed?.ambiguous) ambiguousTexts?.push(text);
    return parsed?.iso ?? null;
  });
}

/** A plain-words warning for a deadline shown with a part missing: unknown, not read as another (issue 14). */
function incompleteWarning(name: string, text: string): string {
  return `${name}: deadline "${text}" has a part missing (a number, a unit or part of the date); deadline unknown`;
}

/** A plain-words warning for a time read in the repeated hour when daylight saving ends (DOMAIN.md §2). */
export function ambiguityWarning(name: string, text: string): string {
  return `${name}: ${text} is ambiguous (daylight saving ends); read as the earlier instant`;
}

/** A tracking number: the first token with at least 8 letters/digits and a digit (copy links already gone). */
function readTracking(bag: FieldBag): string | null {
  return firstOf(bag, ["trackingNumber"], (text) => text.split(/\s+/).find((token) => /^[A-Z0-9-]{8,}$/i.test(token) && /\d/.test(token)) ?? null);
}

export interface DeadlineReading {
  deadline: string;
  deadlineText: string;
  imprecise: boolean;
  /** A date deadline in the repeated hour when daylight saving ends: read as the earlier instant. */
  ambiguous: boolean;
}

/** A countdown or date from its text and, when known, the runs it was joined from (issue 14: numbers run together). */
export function readDeadline(text: string, context: ReadContext, runs: readonly TextRun[] = []): DeadlineReading | null {
  if (isBlank(text) || hasNumberAcrossElements(runs)) return null;
  const parsed = parseDeadlineText(text, context.now, context.zone);
  return parsed ? { deadline: parsed.iso, deadlineText: text, imprecise: parsed.imprecise, ambiguous: parsed.ambiguous } : null;
}

/** A deadline shown with a number, a unit or a part of its date missing: unknown, and worth a warning (issue 14). */
function isIncompleteDeadline(value: FieldValue): boolean {
  return hasNumberAcrossElements(value.runs) || isIncompleteDeadlineText(value.text);
}

interface StatusReading {
  statusText: string;
  /** Text shown with the status and no label of its own (a countdown under the status: DOMAIN.md §3). */
  leftover: FieldValue;
}

const NOTHING_LEFT: FieldValue = { text: "", runs: [] };

/** The status among a value's runs; what is left in the cell may be an unlabelled countdown or date. */
function readStatus(bag: FieldBag): StatusReading | null {
  const values = (bag.get("status") ?? []).filter((v) => !isBlank(v.text));
  for (const value of values) {
    const index = value.runs.findIndex((run) => isKnownStatusText(run.text));
    if (index >= 0) {
      const run = value.runs[index] as TextRun;
      const leftoverRuns = value.runs.filter((_, i) => i !== index);
      return { statusText: run.text, leftover: { text: joinRuns(leftoverRuns), runs: leftoverRuns } };
    }
    if (isKnownStatusText(value.text)) return { statusText: value.text, leftover: NOTHING_LEFT };
  }
  const first = values[0];
  return first ? { statusText: first.text, leftover: NOTHING_LEFT } : null;
}

export interface DisputeBuild {
  dispute: DisputeReading;
  warnings: string[];
}

/**
 * Build one dispute from its fields. `linkedDisputeId` is the id in the dispute's detail URL (the key everywhere);
 * a different shown dispute number goes to shownDisputeId (DOMAIN.md §3).
 */
export function disputeFromBag(bag: FieldBag, linkedDisputeId: string | null, context: ReadContext, extraDeadlines: readonly FieldValue[] = []): DisputeBuild {
  const shownId = readId(bag, "disputeId");
  const disputeId = linkedDisputeId ?? shownId;
  const status = readStatus(bag);
  const reasonText = firstText(bag, "reason");

  let deadline: DeadlineReading | null = null;
  let incompleteDeadline: string | null = null;
  for (const value of [...(bag.get("deadline") ?? []), status?.leftover ?? NOTHING_LEFT, ...extraDeadlines]) {
    if (value.text === "") continue;
    deadline = readDeadline(value.text, context, value.runs);
    if (deadline) break;
    if (incompleteDeadline === null && isIncompleteDeadline(value)) incompleteDeadline = value.text;
  }

  const ambiguousTexts: string[] = deadline?.ambiguous ? [deadline.deadlineText] : [];
  const dispute: DisputeReading = {
    disputeId,
    shownDisputeId: shownId !== null && shownId !== disputeId ? shownId : null,
    orderId: readId(bag, "orderId"),
    status: normalizeStatus(status?.statusText ?? null),
    statusText: status?.statusText ?? null,
    reason: normalizeReason(reasonText),
    reasonText,
    buyer: firstText(bag, "buyer"),
    productTitle: firstText(bag, "product"),
    refundRequested: readMoney(bag, ["buyerSolution", "refund"]),
    orderAmount: readMoney(bag, ["orderAmount"]),
    openedAt: readTime(bag, "opened", context.zone, ambiguousTexts),
    updatedAt: readTime(bag, "updated", context.zone, ambiguousTexts),
    deadline: deadline?.deadline ?? null,
    deadlineText: deadline?.deadlineText ?? null,
    trackingNumber: readTracking(bag),
    carrier: firstText(bag, "carrier"),
  };
  if (deadline?.imprecise) dispute.deadlineImprecise = true;

  const name = `dispute ${disputeId ?? shownId ?? dispute.orderId ?? "(no id)"}`;
  const warnings: string[] = [];
  if (disputeId === null) warnings.push(`${name}: no dispute id (no detail link, no dispute number shown)`);
  if (dispute.orderId === null) warnings.push(`${name}: no order number shown`);
  if (dispute.statusText === null) warnings.push(`${name}: no status shown`);
  else if (dispute.status === "unknown") warnings.push(`${name}: status "${dispute.statusText}" not recognised`);
  if (reasonText === null) warnings.push(`${name}: no reason shown`);
  else if (dispute.reason === "unknown") warnings.push(`${name}: reason "${reasonText}" not recognised`);
  if (dispute.refundRequested === null) warnings.push(`${name}: no refund amount shown`);
  if (dispute.openedAt === null) warnings.push(`${name}: no opening time shown`);
  if (incompleteDeadline !== null && dispute.deadline === null) warnings.push(incompleteWarning(name, incompleteDeadline));
  else if (dispute.deadline === null) warnings.push(`${name}: no deadline shown`);
  for (const text of ambiguousTexts) warnings.push(ambiguityWarning(name, text));
  return { dispute, warnings };
}

export interface OrderBuild {
  order: OrderReading;
  warnings: string[];
}

export function orderFromBag(bag: FieldBag, urlOrderId: string | null, context: ReadContext): OrderBuild {
  let shipDeadline: string | null = null;
  const ambiguousTexts: string[] = [];
  let incompleteDeadline: string | null = null;
  for (const value of bag.get("shipBy") ?? []) {
    const read = readDeadline(value.text, context, value.runs);
    shipDeadline = read?.deadline ?? null;
    if (read?.ambiguous) ambiguousTexts.push(read.deadlineText);
    if (shipDeadline) break;
    if (incompleteDeadline === null && isIncompleteDeadline(value)) incompleteDeadline = value.text;
  }
  const order: OrderReading = {
    orderId: readId(bag, "orderId") ?? urlOrderId,
    status: firstText(bag, "orderStatus") ?? firstText(bag, "status"),
    buyer: firstText(bag, "buyer"),
    buyerCountry: firstText(bag, "country"),
    amount: readMoney(bag, ["orderAmount"]),
    paidAt: readTime(bag, "paid", context.zone, ambiguousTexts),
    shippedAt: readTime(bag, "shipped", context.zone, ambiguousTexts),
    deliveredAt: readTime(bag, "delivered", context.zone, ambiguousTexts),
    trackingNumber: readTracking(bag),
    carrier: firstText(bag, "carrier"),
    shipDeadline,
  };
  const name = `order ${order.orderId ?? "(no id)"}`;
  const warnings: string[] = [];
  if (order.orderId === null) warnings.push(`${name}: no order number shown`);
  if (order.status === null) warnings.push(`${name}: no order status shown`);
  if (order.amount === null) warnings.push(`${name}: no amount shown`);
  if (incompleteDeadline !== null && shipDeadline === null) warnings.push(incompleteWarning(name, incompleteDeadline));
  for (const text of ambiguousTexts) warnings.push(ambiguityWarning(name, text));
  return { order, warnings };
}
