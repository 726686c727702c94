// twitter-text's index loads every helper (autolinking, highlighting, validation); the bundles take
// only the three Threadwright calls, from the package's own ES modules.
import extractEntitiesWithIndices from 'twitter-text/dist/esm/extractEntitiesWithIndices';
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';
import parseTweet from 'twitter-text/dist/esm/parseTweet';

export default { extractEntitiesWithIndices, extractUrlsWithIndices, parseTweet };
