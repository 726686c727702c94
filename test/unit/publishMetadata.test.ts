import * as assert from 'node:assert/strict';
import { imageCandidates, imageMimeType, publishMetadata } from '../../src/core/publish/postMetadata';

suite('Publishing metadata: lang and image from the front matter', () => {
  test('lang and the image path are read without the spaces around them', () => {
    assert.deepEqual(publishMetadata({ lang: ' de-AT ', image: ' assets/a.png ', image_alt: 'A miner' }), { lang: 'de-AT', image: { path: 'assets/a.png', alt: 'A miner' } });
    assert.deepEqual(publishMetadata({ image: { path: ' /a.jpg ' } }), { lang: undefined, image: { path: '/a.jpg', alt: undefined } });
  });

  test('a blank, null or path-less image is no image', () => {
    for (const image of ['   ', '', null, { alt: 'Alt only' }, { path: 5 }, 42]) {
      assert.deepEqual(publishMetadata({ lang: 'en', image, image_alt: 'Alt' }), { lang: 'en' }, JSON.stringify(image));
    }
  });

  test('the alt text: image.alt when it is text, else image_alt', () => {
    assert.deepEqual(publishMetadata({ image: { path: 'a.png', alt: 'Own' }, image_alt: 'Top' }).image, { path: 'a.png', alt: 'Own' });
    assert.deepEqual(publishMetadata({ image: { path: 'a.png', alt: 7 }, image_alt: 'Top' }).image, { path: 'a.png', alt: 'Top' });
    assert.deepEqual(publishMetadata({ image: { path: 'a.png' }, image_alt: 'Top' }).image, { path: 'a.png', alt: 'Top' });
  });
});

suite('Publishing metadata: the image file', () => {
  test('media types by extension, in any case; others are not taken', () => {
    assert.deepEqual(['a.PNG', 'b.jpg', 'c.JPEG', 'd.gif', 'e.webp', 'f.bmp', 'README', 'g.png.txt'].map(imageMimeType),
      ['image/png', 'image/jpeg', 'image/jpeg', 'image/gif', 'image/webp', undefined, undefined, undefined]);
  });

  test('every ancestor of the post folder, nearest first, and its static/ folder', () => {
    const expected = ['/site/_posts/assets/a.png', '/site/_posts/static/assets/a.png', '/site/assets/a.png', '/site/static/assets/a.png', '/assets/a.png', '/static/assets/a.png'];
    assert.deepEqual(imageCandidates('/site/_posts', '/assets/a.png'), expected);
    assert.deepEqual(imageCandidates('/site/_posts//', '//assets/a.png'), expected, 'doubled and trailing slashes');
    assert.deepEqual(imageCandidates('/site/_posts', 'assets/a.png'), expected, 'a path without its leading slash');
    assert.deepEqual(imageCandidates('site', 'a.png'), ['site/a.png', 'site/static/a.png']);
  });

  test('links and paths that climb out are not files of the site; a colon inside a name is', () => {
    assert.deepEqual(imageCandidates('/site', 'https://cdn.example/a.png'), []);
    assert.deepEqual(imageCandidates('/site', 'data:image/png;base64,AAAA'), []);
    assert.deepEqual(imageCandidates('/site', 'assets/../../secret.png'), []);
    assert.deepEqual(imageCandidates('/site', 'assets/photo:1.png'), ['/site/assets/photo:1.png', '/site/static/assets/photo:1.png', '/assets/photo:1.png', '/static/assets/photo:1.png']);
  });
});
