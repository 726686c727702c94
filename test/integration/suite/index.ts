// Every integration test file, loaded after mocha is set up by the host's entry.
import './activation.test';
import './threadDiagnostics.test';
import './largeDocument.test';
import './postLengthStatus.test';
import './numbering.test';
import './projectConfig.test';
import './frontMatter.test';
import './threadPreview.test';
import './convert.test';
import './splitJoin.test';
import './realSites.test';
import './publish.test';
import './verdicts.test';
