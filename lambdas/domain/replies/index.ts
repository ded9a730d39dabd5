export { stripReply } from "./strip";
export {
  type ReplyIntent,
  type UnderstandOptions,
  type UnderstoodReply,
  understandReply,
} from "./understand";
