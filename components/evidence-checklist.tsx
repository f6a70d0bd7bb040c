// The evidence checklist of a dispute (DOMAIN.md §5, lib/evidence): the seller's ticks, what the extension already
// knows shown beside its item (and an item the data fills counted as ready), and the evidence summary to paste into
// the platform with a Copy button. Props in, callbacks out: the overlay and the popup's dispute view both use it.
import { useState } from "preact/hooks";
import type { DisputeRecord, UiLanguage } from "../lib/model";
import { checklistEntries, checklistProgress, NOTHING_KNOWN, type ChecklistEntry, type KnownEvidence, type KnownFact } from "../lib/evidence/known-evidence";
import { instantLine } from "../lib/i18n/instant-text";
import { checklistItemText } from "../lib/evidence/checklists";
import type { MessageKey } from "../lib/i18n/messages";
import { t } from "../lib/i18n/translate";

const FACT_LABEL: Record<KnownFact, MessageKey> = {
  carrier: "checklist_fact_carrier",
  trackingNumber: "checklist_fact_trackingNumber",
  paidAt: "checklist_fact_paidAt",
  shippedAt: "checklist_fact_shippedAt",
  deliveredAt: "checklist_fact_deliveredAt",
};
const TIME_FACTS: ReadonlySet<KnownFact> = new Set(["paidAt", "shippedAt", "deliveredAt"]);

export interface EvidenceChecklistProps {
  id?: string;
  record: Pick<DisputeRecord, "disputeId" | "reason" | "reasonText" | "checklist">;
  /** What is known of the dispute and its order (knownEvidenceOf); null while it loads. */
  known: KnownEvidence | null;
  lang: UiLanguage;
  browserZone: string;
  platformZone: string;
  onToggle(itemId: string): void;
  /** The evidence summary to paste (lib/evidence/evidence-summary.ts); without it, no summary is offered. */
  summary?: string | null;
  /** Puts a text on the clipboard; false when the browser refused. */
  onCopy?(text: string): Promise<boolean>;
  /** Show "3/7 ready" above the list (the overlay shows it on its toggle instead). */
  showProgress?: boolean;
}

export function EvidenceChecklist(props: EvidenceChecklistProps) {
  const { lang, record } = props;
  const [copied, setCopied] = useState<boolean | null>(null);
  const entries = checklistEntries(record, props.known ?? NOTHING_KNOWN);
  const progress = checklistProgress(entries);
  const factText = (fact: KnownFact, value: string) =>
    `${t(lang, FACT_LABEL[fact])}${lang === "zh" ? "：" : ": "}${TIME_FACTS.has(fact) ? instantLine(value, props.browserZone, props.platformZone, lang) : value}`;
  const summary = props.summary ?? null;

  return (
    <div class="sentinel-evidence" id={props.id}>
      {props.showProgress ? <p class="sentinel-progress">{t(lang, "overlay_checklist_progress", progress)}</p> : null}
      <ul class="sentinel-checklist">
        {entries.map((entry) => (
          <ChecklistLine key={entry.item.id} entry={entry} lang={lang} factText={factText} onToggle={props.onToggle} />
        ))}
      </ul>
      {summary !== null && props.onCopy ? (
        <div class="sentinel-evidence-summary">
          <button type="button" class="sentinel-evidence-copy" onClick={() => void props.onCopy?.(summary).then(setCopied)}>
            {t(lang, "checklist_copy_summary")}
          </button>
          {copied === null ? null : (
            <span class="sentinel-evidence-feedback" role="status">
              {t(lang, copied ? "checklist_summary_copied" : "checklist_summary_failed")}
            </span>
          )}
          <details class="sentinel-evidence-details" open={copied === false}>
            <summary>{t(lang, "checklist_summary_show")}</summary>
            <p class="sentinel-evidence-hint">{t(lang, "checklist_summary_hint")}</p>
            <pre class="sentinel-evidence-text" lang={lang === "zh" ? "zh-CN" : "en"}>
              {summary}
            </pre>
          </details>
        </div>
      ) : null}
    </div>
  );
}

function ChecklistLine({ entry, lang, factText, onToggle }: { entry: ChecklistEntry; lang: UiLanguage; factText(fact: KnownFact, value: string): string; onToggle(itemId: string): void }) {
  return (
    <li class={entry.filled ? "checklist-filled" : undefined} data-item-id={entry.item.id}>
      <label title={entry.filled ? t(lang, "checklist_known_title") : undefined}>
        {/* Filled by what the extension knows: ready whatever the tick says, so the box cannot be unticked. */}
        <input type="checkbox" checked={entry.done} disabled={entry.filled} onChange={() => onToggle(entry.item.id)} />
        <span>
          {checklistItemText(entry.item, lang)}
          {entry.facts.length > 0 ? (
            <span class="checklist-facts">
              {entry.facts.map(({ fact, value }) => (
                <span key={fact} class="checklist-fact" data-fact={fact}>
                  {factText(fact, value)}
                </span>
              ))}
            </span>
          ) : null}
        </span>
      </label>
    </li>
  );
}
