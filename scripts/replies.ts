// `npm run --silent replies -- --reason <DisputeReason> --status <DisputeStatus> --lang <code> [--values <JSON>] [--case <sub-case>]`
// Prints the built-in replies the extension would suggest (DESIGN.md contract) as a JSON array of { id, title, text }.
// --case (in-transit, delivered, customs, returned) picks a not-received sub-case's replies, as a reason text would.
import { suggestedReplies } from "../lib/replies/suggested-replies";
import { parseRepliesArgs } from "./replies-args";

const parsed = parseRepliesArgs(process.argv.slice(2));
if (!parsed.ok) {
  // One line: callers read stderr as the reason.
  process.stderr.write(`replies: ${parsed.error}\n`);
  process.exit(2);
}
const { reason, status, language, values, notReceivedCase } = parsed.args;
const replies = suggestedReplies(reason, status, language, values, { notReceivedCase }).map(({ id, title, text }) => ({ id, title, text }));
process.stdout.write(`${JSON.stringify(replies, null, 2)}\n`);
