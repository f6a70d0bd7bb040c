// `npm run --silent replies -- --reason <DisputeReason> --status <DisputeStatus> --lang <code> [--values <JSON>]`
// Prints the replies the extension would suggest (DESIGN.md contract) as a JSON array of { id, title, text }.
import { suggestedReplies } from "../lib/replies/suggested-replies";
import { parseRepliesArgs } from "./replies-args";

const parsed = parseRepliesArgs(process.argv.slice(2));
if (!parsed.ok) {
  // One line: callers read stderr as the reason.
  process.stderr.write(`replies: ${parsed.error}\n`);
  process.exit(2);
}
const { reason, status, language, values } = parsed.args;
process.stdout.write(`${JSON.stringify(suggestedReplies(reason, status, language, values), null, 2)}\n`);
