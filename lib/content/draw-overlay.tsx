// Draws one dispute's overlay into its host's shadow root with Preact, and clears it. What needs the browser
// (messages, clipboard, the browser's zone) comes in as actions: this code ships in the overlay chunk, which
// carries no extension API of its own.
import { render } from "preact";
import type { OverlayState, RequestOf, ResponseOf } from "../messages";
import type { ReplySuggestion } from "../replies/suggested-replies";
import { LiveOverlayBadge } from "../../components/live-overlay-badge";
import type { OverlayPanel } from "../../components/overlay-badge";
import { overlayStyles } from "../../components/overlay-styles";
import { adoptOverlayStyles } from "./adopt-styles";
import { replyOverlayProps, type ReplyOverlayActions } from "./overlay-reply-props";

/** ReplyOverlayActions: insert, the remembered reply language and the checklist's evidence (issue 12). */
export interface OverlayActions extends ReplyOverlayActions {
  /** The browser's zone, asked for at the first draw (the first DateTimeFormat loads the zone's data). */
  browserZone(): string;
  /** Puts a text on the clipboard; false when the browser refused. */
  copyText(text: string): Promise<boolean>;
  suggestedReplies(request: RequestOf<"suggested-replies">): Promise<ReplySuggestion[]>;
  /** Ticks or unticks a checklist item; answers the dispute's checklist as stored. */
  toggleChecklist(disputeId: string, itemId: string): Promise<Record<string, boolean>>;
  /** The panel the seller last left open on a dispute page (undefined: not remembered here, e.g. a list). */
  rememberedPanel?(): OverlayPanel | null | undefined;
  rememberPanel?(panel: OverlayPanel | null): void;
}

const MOUNT_ATTRIBUTE = "data-sentinel-mount";

export function drawOverlay(shadow: ShadowRoot, overlay: OverlayState, answer: ResponseOf<"reading">, actions: OverlayActions): void {
  adoptOverlayStyles(shadow, overlayStyles);
  let mount = shadow.querySelector<HTMLElement>(`[${MOUNT_ATTRIBUTE}]`);
  if (!mount) {
    mount = shadow.ownerDocument.createElement("span");
    mount.setAttribute(MOUNT_ATTRIBUTE, "");
    shadow.appendChild(mount);
  }
  const target = mount;
  const draw = (checklist: Record<string, boolean>) =>
    render(
      <LiveOverlayBadge
        record={{ ...overlay.record, checklist }}
        deadlines={overlay.deadlines}
        unknown={overlay.unknown}
        lang={answer.uiLanguage}
        browserZone={actions.browserZone()}
        platformZone={answer.platformZone}
        defaultExpanded={false}
        initialPanel={actions.rememberedPanel?.()}
        onPanelChange={actions.rememberPanel}
        onCopyReply={actions.copyText}
        loadReplies={(language, values) =>
          actions.suggestedReplies({ reason: overlay.record.reason, status: overlay.record.status, language, values, disputeId: overlay.disputeId })
        }
        onToggleChecklist={(itemId) => void actions.toggleChecklist(overlay.disputeId, itemId).then(draw)}
        {...replyOverlayProps(shadow.ownerDocument, overlay.disputeId, answer.uiLanguage, actions)}
      />,
      target,
    );
  draw(overlay.record.checklist);
}

/** Unmounts what drawOverlay drew (its timers and listeners go with it), before the host is dropped. */
export function clearOverlay(shadow: ShadowRoot): void {
  const mount = shadow.querySelector<HTMLElement>(`[${MOUNT_ATTRIBUTE}]`);
  if (mount) render(null, mount);
}
