// How many bytes of a built file each source module accounts for, from the file's source map: every mapped
// segment runs until the next one on its line, and its bytes go to the segment's source. Minified code is what
// ships, so these are minified bytes (gzip works on the whole file and cannot be split per module).

interface SourceMapJson {
  sources: string[];
  mappings: string;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const BASE64_VALUE = new Map([...BASE64].map((char, index) => [char, index]));

/** The numbers of one mappings segment ("AAAA" → [0, 0, 0, 0]): base-64 VLQ, least significant group first. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64_VALUE.get(char);
    if (digit === undefined) throw new Error(`not a source-map character: ${char}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  return values;
}

/** Bytes of `code` per source path (as the map names it); bytes no segment maps (wrappers, helpers) under "(unmapped)". */
export function bytesPerSource(code: string, map: SourceMapJson): Map<string, number> {
  const sizes = new Map<string, number>();
  const add = (source: string, bytes: number) => sizes.set(source, (sizes.get(source) ?? 0) + bytes);
  const lines = code.split("\n");
  const mappingLines = map.mappings.split(";");
  let sourceIndex = 0;
  lines.forEach((line, lineIndex) => {
    const segments = (mappingLines[lineIndex] ?? "").split(",").filter((s) => s !== "");
    let column = 0;
    const starts: Array<{ column: number; source: string | null }> = [];
    for (const segment of segments) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      // Fields 2–4 are relative to the previous segment's, across lines; a 1-field segment maps to no source.
      if (sourceDelta === undefined) {
        starts.push({ column, source: null });
        continue;
      }
      sourceIndex += sourceDelta;
      starts.push({ column, source: map.sources[sourceIndex] ?? null });
    }
    const lineBytes = Buffer.byteLength(line) + 1;
    if (starts.length === 0) {
      add("(unmapped)", lineBytes);
      return;
    }
    add("(unmapped)", Buffer.byteLength(line.slice(0, starts[0]?.column ?? 0)));
    starts.forEach((start, i) => {
      const end = starts[i + 1]?.column ?? line.length;
      add(start.source ?? "(unmapped)", Buffer.byteLength(line.slice(start.column, end)) + (i === starts.length - 1 ? 1 : 0));
    });
  });
  return sizes;
}
