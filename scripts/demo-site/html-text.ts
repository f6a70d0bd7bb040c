// The demo site renders its pages on the server as HTML text (like a real seller center does);
// every value that goes into that text passes through here, so a buyer name cannot become markup.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
