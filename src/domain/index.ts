export { MAX_QUESTION_LENGTH, PAGE_SIZE, SHUTDOWN_GRACE_MS } from './limits.js';
