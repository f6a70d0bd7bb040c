// Chunk: the reader of the seller center's own JSON responses, loaded on the first response the bridge passes on.
export { jsonReadingFromBridge } from "../json-from-bridge";
