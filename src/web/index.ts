export { createWebSurface, type WebSurface, type WebSurfaceOptions } from './surface.js';
export { createWebApp, type WebAppOptions } from './server.js';
export { html, escapeHtml, SafeHtml } from './html.js';
