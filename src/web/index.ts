export { createWebSurface, type WebSurface } from './surface.js';
export { createWebApp, type WebAppOptions } from './server.js';
