/** Desktop and code-server entry point (Node extension host). */
export { activate, deactivate } from './activate';
