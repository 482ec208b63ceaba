export { LIST_PAGE_SIZE, MAX_QUESTION_LENGTH, PAGE_SIZE } from './limits.js';
