// twitter-text's index loads every helper (autolinking, highlighting, validation); the bundles take
// only the three Threadwright calls and the few patterns Mastodon's link pattern is built from, from the
// package's own ES modules.
import extractEntitiesWithIndices from 'twitter-text/dist/esm/extractEntitiesWithIndices';
import extractUrlsWithIndices from 'twitter-text/dist/esm/extractUrlsWithIndices';
import parseTweet from 'twitter-text/dist/esm/parseTweet';
import endMentionMatch from 'twitter-text/dist/esm/regexp/endMentionMatch';
import validDomain from 'twitter-text/dist/esm/regexp/validDomain';
import validPortNumber from 'twitter-text/dist/esm/regexp/validPortNumber';
import validUrlBalancedParens from 'twitter-text/dist/esm/regexp/validUrlBalancedParens';
import validUrlPrecedingChars from 'twitter-text/dist/esm/regexp/validUrlPrecedingChars';

const regexen = { endMentionMatch, validDomain, validPortNumber, validUrlBalancedParens, validUrlPrecedingChars };

export default { extractEntitiesWithIndices, extractUrlsWithIndices, parseTweet, regexen };
