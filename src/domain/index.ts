export { MAX_QUESTION_LENGTH, PAGE_SIZE } from './limits.js';
export {
  addLink,
  classifyLink,
  emptyLinks,
  isSchedSession,
  isSchedulePage,
  isSlideDeck,
  LINK_KINDS,
  LINK_LABEL,
  normalizeYouTube,
  parseUrl,
  SLIDES_WORDS,
  youtubeId,
  youtubeVideoUrl,
  type LinkKind,
} from './links.js';
