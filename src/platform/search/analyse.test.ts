import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyse, expandQueryWord, fold, queryWords, tokenise } from './analyse';
import { editDistance, editVariants } from './fuzzy';
import { snippetToHtml } from './snippets';

test('words are runs of letters and digits, lower-cased, in any script', () => {
  assert.deepEqual(tokenise('Sør-Aurdal: BRP+ (2014), «Tromsø»!'), [
    'sør',
    'aurdal',
    'brp',
    '2014',
    'tromsø',
  ]);
  assert.deepEqual(tokenise('Čapek Ülkü'), ['čapek', 'ülkü']);
  assert.deepEqual(tokenise(`kort ${'x'.repeat(41)} ord`), ['kort', 'ord']);
});

test('Nordic letters and digraphs fold alike (after Lucene ScandinavianFoldingFilter)', () => {
  assert.equal(fold('næringsliv'), fold('näringsliv'));
  assert.equal(fold('næringsliv'), fold('naeringsliv'));
  assert.equal(fold('tromsø'), 'tromso');
  assert.equal(fold('tromsoe'), 'tromso');
  assert.equal(fold('läxa'), 'laxa');
  assert.equal(fold('ålesund'), fold('aalesund'));
  assert.equal(fold('café'), 'cafe');
  assert.equal(fold('über'), 'uber');
});

test('documents are stemmed in their own language, nynorsk with the Norwegian stemmer', () => {
  assert.deepEqual(analyse('kommune kommuner kommunen kommunene', 'nb'), [
    'kommun',
    'kommun',
    'kommun',
    'kommun',
  ]);
  assert.deepEqual(analyse('kommun kommuner kommunerna', 'sv'), ['kommun', 'kommun', 'kommun']);
  assert.deepEqual(analyse('samling samlingar samlingane', 'nn'), ['samling', 'samling', 'samling']);
  assert.deepEqual(analyse('region regions', 'en'), ['region', 'region']);
  // Folding comes after stemming: the stemmer sees the real letters.
  assert.deepEqual(analyse('Næringslivet', 'nb'), ['naringsliv']);
});

test('a query word stands for its Norwegian, Swedish and English stems and its own form', () => {
  const kommunerna = expandQueryWord('kommunerna');
  assert.ok(kommunerna.includes('kommun'), kommunerna.join());
  assert.ok(kommunerna.includes('kommunerna'));
  assert.ok(expandQueryWord('samlingar').includes('samling'));
  assert.ok(expandQueryWord('regions').includes('region'));
});

test('stop words leave a query only when other words remain', () => {
  assert.deepEqual(queryWords('valg av tema i kommunene'), ['valg', 'tema', 'kommunene']);
  assert.deepEqual(queryWords('och i'), ['och', 'i']);
  assert.deepEqual(queryWords('Tromsø tromsø TROMSØ'), ['tromsø']);
});

test('edit distance counts a swap of neighbours as one edit', () => {
  assert.equal(editDistance('kompetanse', 'kompetnase'), 1);
  assert.equal(editDistance('backspegel', 'backspgel'), 1);
  assert.equal(editDistance('samling', 'samlingar'), 2);
  assert.equal(editDistance('', 'abc'), 3);
});

test('the candidates one edit away are exactly those at distance one', () => {
  const variants = editVariants('kompetans');
  assert.ok(variants.has('kompetnas')); // swap
  assert.ok(variants.has('kompetas')); // deletion
  assert.ok(variants.has('kompetanse')); // insertion
  assert.ok(variants.has('kompetamss'.slice(0, 9))); // replacement (kompetams)
  assert.ok(!variants.has('kompetans'));
  for (const variant of variants) assert.equal(editDistance('kompetans', variant), 1, variant);
});

test('snippets become escaped HTML with hits in <mark>', () => {
  const html = snippetToHtml([
    { text: '<script>alert("x")</script> & ', hit: false },
    { text: 'kommunene', hit: true },
  ]);
  assert.equal(html, '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark>kommunene</mark>');
});
