/**
 * The size DynamoDB counts for an item against its 400 KB limit, by its documented rules: each
 * attribute's name (UTF-8 bytes) plus its value — strings their UTF-8 bytes, binaries their bytes,
 * numbers about one byte per two significant digits plus one, booleans and nulls one byte, and
 * lists and maps three bytes plus one per element plus their elements (a map's keys counted as
 * names). Rounded up, as DynamoDB does for the parts it does not document exactly.
 */
import type { AttributeValue } from "@aws-sdk/client-dynamodb";

/** DynamoDB refuses an item larger than this. */
export const MAX_ITEM_BYTES = 400 * 1024;

const utf8 = (text: string) => Buffer.byteLength(text, "utf8");

function numberSize(value: string): number {
  const digits = value.replace(/^[-+]/, "").replace(/e.*$/i, "").replace(".", "").replace(/^0+/, "");
  return Math.ceil(Math.max(digits.replace(/0+$/, "").length, 1) / 2) + 1;
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, each) => sum + utf8(each), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, each) => sum + numberSize(each), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, each) => sum + each.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, each) => sum + 1 + valueSize(each), 0);
  if (value.M !== undefined) return 3 + itemSize(value.M) + Object.keys(value.M).length;
  return 0;
}

/** The bytes DynamoDB counts for the item. */
export function itemSize(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8(name) + valueSize(value), 0);
}
