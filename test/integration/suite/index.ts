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
import './outlineAndFolding.test';
import './codeLens.test';
import './markdownPreview.test';
import './languageStatus.test';
import './documentSchemes.test';
import './projectFileSchema.test';
import './checkTask.test';
