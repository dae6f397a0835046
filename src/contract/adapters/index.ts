export type { SourceAdapter, SourceReply } from './types.js';
export {
  arxivAtomAdapter,
  arxivAtomPaperAdapter,
  isArxivApiError,
  parseArxivId,
  readArxivAtom,
  type ArxivApiError,
  type ArxivListing,
  type ArxivPaper,
  type ArxivPaperReply,
  type ArxivRead,
  type SkippedEntry,
} from './arxiv-atom.js';
