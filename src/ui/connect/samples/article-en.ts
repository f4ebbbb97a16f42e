// An English article from a generic (non-woshipm) site for the mock connector, written for this
// project. Its lead image does not appear in the body, so the reader shows it; it has a code block
// and a table for the monospace and scrolling styles.

import type { Article } from '../../../core/article';
import type { AssetResolver } from './article-zh';
import chartUrl from './chart.svg?url&no-inline';
import notesUrl from './notes.svg?url&no-inline';

export function sampleArticleEn(asset: AssetResolver): Article {
  const notes = asset(notesUrl);
  const chart = asset(chartUrl);
  const contentHtml = `<p>Release notes are the only part of a product that every customer reads at the exact moment they care. Most teams still write them last, in a hurry, from a list of ticket titles. Here is a lighter way that has worked for three teams I have been part of.</p>
<h2 id="start-from-the-reader">Start from the reader, not the changelog</h2>
<p>A ticket title such as <code>FIX-2231 null check in export</code> tells the reader nothing. Ask instead: who notices this change, and what can they do now that they could not do yesterday? Write that sentence first; the ticket number can follow in small print.</p>
<blockquote><p>Good release notes answer one question: why should I care today?</p></blockquote>
<h2 id="group-by-outcome">Group by outcome</h2>
<p>Readers scan. Group the changes by what they mean for the reader: <em>new</em>, <em>better</em>, <em>fixed</em>. Keep each item to one or two lines and link to the documentation for the details.</p>
<table>
<thead><tr><th>Group</th><th>What goes in it</th><th>Example</th></tr></thead>
<tbody>
<tr><td>New</td><td>Things you can do now</td><td>Export a report as a spreadsheet</td></tr>
<tr><td>Better</td><td>Things that got faster or clearer</td><td>Search results load twice as fast</td></tr>
<tr><td>Fixed</td><td>Things that were broken</td><td>Dates no longer shift by a day in exports</td></tr>
</tbody>
</table>
<h2 id="automate-the-boring-part">Automate the boring part</h2>
<p>Let the tooling collect what changed, and keep the writing human. A small script that lists merged pull requests with a <code>release-note</code> label is enough:</p>
<pre><code>git log v2.3.0..HEAD --merges --pretty=format:'%s' \\
  | grep -i 'release-note' \\
  | sed -E 's/^Merge pull request #([0-9]+).*/- #\\1/'</code></pre>
<p>We measured how often customers opened the notes before and after the change:</p>
<figure><img src="${chart}" alt="Bar chart of release-note reads per quarter" width="1200" height="560"><figcaption>Reads per quarter, before and after the rewrite.</figcaption></figure>
<h2 id="ship-them-where-people-are">Ship them where people are</h2>
<p>Put a short version inside the product, a longer one on the blog, and keep an archive that search engines can find. Read more in the <a href="https://example.com/docs/release-notes-style-guide">style guide</a>.</p>
<footer class="qy-credits"><p>Originally published on Field Notes. Illustration by the author.</p></footer>`;
  return {
    url: 'https://fieldnotes.example.com/2023/11/release-notes',
    canonicalUrl: null,
    site: null,
    title: 'The quiet craft of writing release notes',
    byline: 'Maya Chen',
    siteName: 'Field Notes',
    publishedTime: '2023-11-02',
    lang: 'en',
    excerpt: 'Release notes are the only part of a product that every customer reads at the exact moment they care.',
    leadImage: notes,
    contentHtml,
    textContent: '',
    images: [{ src: chart, alt: 'Bar chart of release-note reads per quarter', width: 1200, height: 560 }],
    toc: [
      { id: 'start-from-the-reader', level: 2, text: 'Start from the reader, not the changelog' },
      { id: 'group-by-outcome', level: 2, text: 'Group by outcome' },
      { id: 'automate-the-boring-part', level: 2, text: 'Automate the boring part' },
      { id: 'ship-them-where-people-are', level: 2, text: 'Ship them where people are' },
    ],
    readingMinutes: 3,
  };
}
