// The backup file's size cap, apart from the schema so the options page can check a file's size before
// reading it without bundling the schema's validator.

/** Characters (UTF-16 units) of JSON text; compact exports of the largest stores stay well below it. */
export const MAX_BACKUP_CHARS = 20_000_000;

/**
 * A UTF-8 file's size in bytes above which its text is surely over the cap: one UTF-16 unit takes at most
 * three bytes of UTF-8 (four bytes make a pair of units), so more bytes than 3× the cap are more characters.
 */
export const MAX_BACKUP_FILE_BYTES = MAX_BACKUP_CHARS * 3;
