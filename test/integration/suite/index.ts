// Every integration test file, loaded after mocha is set up by the host's entry.
import './activation.test';
import './threadDiagnostics.test';
import './convert.test';
import './splitJoin.test';
