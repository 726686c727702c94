/** VS Code for the Web entry point (web worker extension host). */
export { activate, deactivate } from './activate';
