import * as assert from 'node:assert/strict';
import { staleActionReason } from '../../src/core/preview/staleAction';

const URI = 'file:///site/_posts/2026-12-01-post.md';

suite('preview actions on an outdated drawing', () => {
  test('an action on the drawing of the open version runs', () => {
    assert.equal(staleActionReason({ documentUri: URI, documentVersion: 7 }, { uri: URI, version: 7 }), undefined);
  });

  test('after an edit (a newer version) the action is refused with a message that says why', () => {
    assert.equal(staleActionReason({ documentUri: URI, documentVersion: 7 }, { uri: URI, version: 8 }),
      'changed');
  });

  test('a drawing of another document, or a panel showing none, refuses the action', () => {
    const other = 'file:///site/_posts/2026-11-30-other.md';
    assert.equal(staleActionReason({ documentUri: other, documentVersion: 7 }, { uri: URI, version: 7 }), 'other-document');
    assert.equal(staleActionReason({ documentUri: URI, documentVersion: 7 }, { uri: undefined, version: undefined }), 'other-document');
  });

  test('a document that is no longer open has no version: the action is refused', () => {
    assert.equal(staleActionReason({ documentUri: URI, documentVersion: 1 }, { uri: URI, version: undefined }),
      'changed');
  });
});
