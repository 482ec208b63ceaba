export { MAX_QUESTION_LENGTH, PAGE_SIZE } from './limits.js';
