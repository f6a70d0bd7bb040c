// The options page's reply templates (issue 12): every built-in reply of a language, which the seller may reword,
// hide or restore, and their own templates, which they add, edit and delete, each offered for the reasons and
// statuses they tick. Props in, callbacks out; texts render as text.
import { useState } from "preact/hooks";
import { DISPUTE_REASONS, DISPUTE_STATUSES, type DisputeReason, type DisputeStatus, type UiLanguage } from "../lib/model";
import { REPLY_LANGUAGES, type ReplyLanguage } from "../lib/replies/languages";
import { PLACEHOLDER_NAMES } from "../lib/replies/placeholders";
import { replyTemplateCatalog, type CatalogEntry, type SellerReplyTemplate, type SellerTemplateDraft, type SellerTemplateProblem } from "../lib/replies/seller-templates";
import { reasonName, statusName } from "../lib/i18n/display-names";
import { t } from "../lib/i18n/translate";
import { ReplyLanguageOptions } from "./reply-suggestions";
import "./reply-templates-editor.css";

export type SaveTemplateResult = { ok: true } | { ok: false; problem: SellerTemplateProblem };

export interface ReplyTemplatesEditorProps {
  lang: UiLanguage;
  /** The seller's stored templates; null while they load. */
  templates: readonly SellerReplyTemplate[] | null;
  /** The language listed first (e.g. the UI's). */
  initialLanguage?: ReplyLanguage;
  onSave(draft: SellerTemplateDraft): Promise<SaveTemplateResult>;
  /** Hides a built-in template in a language. */
  onHide(language: ReplyLanguage, id: string): Promise<unknown>;
  /** Deletes one of the seller's own templates, or restores a built-in they reworded or hid. */
  onDelete(language: ReplyLanguage, id: string): Promise<unknown>;
}

/** A problem with a draft in the UI language. */
export function templateProblemText(problem: SellerTemplateProblem, lang: UiLanguage): string {
  switch (problem.kind) {
    case "title-empty":
      return t(lang, "templates_error_title_empty");
    case "title-too-long":
      return t(lang, "templates_error_title_too_long", { max: problem.max });
    case "text-empty":
      return t(lang, "templates_error_text_empty");
    case "text-too-long":
      return t(lang, "templates_error_text_too_long", { max: problem.max });
    case "unknown-placeholder":
      return t(lang, "templates_error_unknown_placeholder", { names: problem.names.map((name) => `{${name}}`).join(", ") });
    case "too-many":
      return t(lang, "templates_error_too_many", { max: problem.max });
    case "malformed":
      return t(lang, "templates_error_malformed");
  }
}

type Editing = { draft: SellerTemplateDraft; greeting: string | null; error: string | null; saving: boolean };

export function ReplyTemplatesEditor(props: ReplyTemplatesEditorProps) {
  const { lang } = props;
  const [language, setLanguage] = useState<ReplyLanguage>(props.initialLanguage ?? "en");
  // Which line is being edited: an entry's id, "new" for a template being added, or none.
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirmDelete, setConfirmDelete] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const startEditing = (key: string, draft: SellerTemplateDraft, greeting: string | null) => {
    setEditingId(key);
    setEditing({ draft, greeting, error: null, saving: false });
    setConfirmDelete(null);
    setSaved(null);
  };
  const stopEditing = () => {
    setEditingId(null);
    setEditing(null);
  };
  const save = async () => {
    if (!editing) return;
    setEditing({ ...editing, saving: true, error: null });
    try {
      const result = await props.onSave(editing.draft);
      if (result.ok) {
        setSaved(editing.draft.id ?? "new");
        stopEditing();
      } else setEditing({ ...editing, saving: false, error: templateProblemText(result.problem, lang) });
    } catch (error) {
      setEditing({ ...editing, saving: false, error: t(lang, "templates_error_failed", { error: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const form = (entryId: string | null) =>
    editing === null ? null : (
      <TemplateForm
        lang={lang}
        editing={editing}
        ownSituations={entryId === null || entryId.startsWith("own-")}
        onChange={(draft) => setEditing({ ...editing, draft })}
        onSave={() => void save()}
        onCancel={stopEditing}
      />
    );

  const catalog = props.templates === null ? null : replyTemplateCatalog(language, props.templates);
  return (
    <section class="options reply-templates" lang={lang === "zh" ? "zh-CN" : "en"} data-testid="reply-templates" aria-labelledby="reply-templates-title">
      <h2 id="reply-templates-title">{t(lang, "templates_title")}</h2>
      <p class="field-hint">{t(lang, "templates_hint")}</p>
      <div class="templates-bar">
        <label>
          {t(lang, "templates_language")}{" "}
          <select
            value={language}
            onChange={(event) => {
              const chosen = REPLY_LANGUAGES.find((code) => code === event.currentTarget.value);
              if (chosen) {
                setLanguage(chosen);
                stopEditing();
              }
            }}
          >
            <ReplyLanguageOptions />
          </select>
        </label>
        <button
          type="button"
          class="primary"
          disabled={catalog === null}
          onClick={() => startEditing("new", { id: null, language, title: "", text: "", reasons: [], statuses: [] }, null)}
        >
          {t(lang, "templates_add")}
        </button>
      </div>
      {editingId === "new" ? <div class="template-new">{form(null)}</div> : null}
      {saved === "new" ? <p role="status" class="template-saved">{t(lang, "templates_saved")}</p> : null}
      {catalog === null ? (
        <p class="field-hint">{t(lang, "templates_loading")}</p>
      ) : (
        <ul class="template-list">
          {catalog.map((entry) => (
            <li key={entry.id} class={`template origin-${entry.origin}${entry.hidden ? " is-hidden" : ""}`} data-template-id={entry.id}>
              {editingId === entry.id ? (
                form(entry.id)
              ) : (
                <TemplateLine
                  entry={entry}
                  lang={lang}
                  confirmingDelete={confirmDelete === entry.id}
                  saved={saved === entry.id}
                  onEdit={() =>
                    startEditing(entry.id, { id: entry.id, language, title: entry.title, text: entry.text, reasons: entry.reasons, statuses: entry.statuses }, entry.greeting)
                  }
                  onHide={() => void props.onHide(language, entry.id)}
                  onRestore={() => void props.onDelete(language, entry.id)}
                  onDelete={() => {
                    if (confirmDelete !== entry.id) return setConfirmDelete(entry.id);
                    setConfirmDelete(null);
                    void props.onDelete(language, entry.id);
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface TemplateLineProps {
  entry: CatalogEntry;
  lang: UiLanguage;
  confirmingDelete: boolean;
  saved: boolean;
  onEdit(): void;
  onHide(): void;
  onRestore(): void;
  onDelete(): void;
}

function TemplateLine({ entry, lang, confirmingDelete, saved, onEdit, onHide, onRestore, onDelete }: TemplateLineProps) {
  const origin = entry.origin === "own" ? "templates_origin_own" : entry.origin === "edited" ? "templates_origin_edited" : "templates_origin_built_in";
  return (
    <>
      <div class="template-head">
        <span class="template-title">{entry.title}</span> <span class={`template-origin origin-${entry.origin}`}>{t(lang, origin)}</span>
        {entry.hidden ? <span class="template-hidden"> · {t(lang, "templates_hidden")}</span> : null}
      </div>
      {entry.hidden ? null : <p class="template-text">{entry.text}</p>}
      {entry.origin === "own" ? (
        <p class="field-hint template-where">
          {entry.reasons.length === 0 && entry.statuses.length === 0
            ? t(lang, "templates_everywhere")
            : [...entry.reasons.map((reason) => reasonName(reason, lang)), ...entry.statuses.map((status) => statusName(status, lang))].join(" · ")}
        </p>
      ) : null}
      <div class="button-row">
        {entry.hidden ? null : (
          <button type="button" onClick={onEdit}>
            {t(lang, "templates_edit")}
          </button>
        )}
        {entry.origin === "own" ? (
          <button type="button" class={confirmingDelete ? "danger" : undefined} onClick={onDelete}>
            {t(lang, confirmingDelete ? "templates_confirm_delete" : "templates_delete")}
          </button>
        ) : entry.hidden ? (
          <button type="button" onClick={onRestore}>
            {t(lang, "templates_show")}
          </button>
        ) : (
          <>
            {entry.origin === "edited" ? (
              <button type="button" onClick={onRestore}>
                {t(lang, "templates_restore")}
              </button>
            ) : null}
            <button type="button" onClick={onHide}>
              {t(lang, "templates_hide")}
            </button>
          </>
        )}
        {saved ? (
          <span role="status" class="template-saved">
            {t(lang, "templates_saved")}
          </span>
        ) : null}
      </div>
    </>
  );
}

interface TemplateFormProps {
  lang: UiLanguage;
  editing: Editing;
  /** The seller's own templates say where they are offered; a built-in is offered where the extension offers it. */
  ownSituations: boolean;
  onChange(draft: SellerTemplateDraft): void;
  onSave(): void;
  onCancel(): void;
}

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list.filter((item) => item !== value), value] : list.filter((item) => item !== value);
}

function TemplateForm({ lang, editing, ownSituations, onChange, onSave, onCancel }: TemplateFormProps) {
  const { draft } = editing;
  const formId = `template-form-${draft.id ?? "new"}`;
  return (
    <div class="template-form" role="group" aria-labelledby={`${formId}-title-label`}>
      <label class="field">
        <span class="field-label" id={`${formId}-title-label`}>
          {t(lang, "templates_field_title")}
        </span>
        <input type="text" value={draft.title} maxLength={80} onInput={(event) => onChange({ ...draft, title: event.currentTarget.value })} />
      </label>
      <label class="field">
        <span class="field-label">{t(lang, "templates_field_text")}</span>
        {editing.greeting ? <span class="field-hint">{t(lang, "templates_greeting_note", { greeting: editing.greeting })}</span> : null}
        <textarea rows={6} value={draft.text} lang={draft.language} onInput={(event) => onChange({ ...draft, text: event.currentTarget.value })} />
      </label>
      <p class="field-hint template-placeholders">
        {t(lang, "templates_placeholders")}{" "}
        {PLACEHOLDER_NAMES.map((name) => (
          <code key={name}>{`{${name}}`}</code>
        ))}
      </p>
      {ownSituations ? (
        <>
          <fieldset class="field template-situations">
            <legend>{t(lang, "templates_reasons")}</legend>
            {DISPUTE_REASONS.filter((reason) => reason !== "unknown").map((reason: DisputeReason) => (
              <label key={reason} class="switch">
                <input type="checkbox" checked={draft.reasons.includes(reason)} onChange={(event) => onChange({ ...draft, reasons: toggled(draft.reasons, reason, event.currentTarget.checked) })} />
                {reasonName(reason, lang)}
              </label>
            ))}
          </fieldset>
          <fieldset class="field template-situations">
            <legend>{t(lang, "templates_statuses")}</legend>
            {DISPUTE_STATUSES.filter((status) => status !== "unknown").map((status: DisputeStatus) => (
              <label key={status} class="switch">
                <input type="checkbox" checked={draft.statuses.includes(status)} onChange={(event) => onChange({ ...draft, statuses: toggled(draft.statuses, status, event.currentTarget.checked) })} />
                {statusName(status, lang)}
              </label>
            ))}
          </fieldset>
        </>
      ) : null}
      {editing.error ? (
        <p class="field-error" role="alert">
          {editing.error}
        </p>
      ) : null}
      <div class="button-row">
        <button type="button" class="primary" disabled={editing.saving} onClick={onSave}>
          {t(lang, "templates_save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t(lang, "templates_cancel")}
        </button>
      </div>
    </div>
  );
}
