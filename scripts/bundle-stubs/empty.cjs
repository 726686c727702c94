// twitter-text's core-js polyfills are for engines older than any VS Code host; the bundles leave them out.
