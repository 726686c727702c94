// Builds realistic benchmark posts: Jekyll front matter, body sections, and a threads block of N posts.

const SENTENCES = [
  'As the costs of traditional mining rise and profitability declines, many miners explore new revenue streams.',
  'The average Bitcoin mining cost is $72,225 USD, according to MacroMicro, while BTC trades near 60,380.',
  'Four mining pools control 78% of the hash rate; see https://example.com/reports/hashrate-index-2024 for details.',
  'DePIN networks put **underutilized consumer hardware** to work, with _controlled token supply_ and `no mining pools`.',
  'Specialized ASICs are energy-intensive 🔌, further inflating operational costs for small operators.',
];

const POSTS = [
  'The crypto mining landscape is undergoing a dramatic transformation. Let\'s break down the current challenges and emerging alternatives.',
  'Bitcoin mining costs have skyrocketed. Post-2024 halving, electricity costs to mine one Bitcoin surged to $34,900, double previous levels. #bitcoin @miner',
  'Koii Network exemplifies the DePIN approach with its work-for-services model. Key features:\n- Participants earn tokens\n- Minimal hardware requirements\n- 90,000 node network for enhanced security and decentralization, which keeps the network resilient against attacks and outages',
  'Read the full analysis at https://example.com/blog/2024/08/financial-pressures-drive-bitcoin-miners-to-ai 👩‍👩‍👧‍👦 日本語のテキスト',
];

/** A post with `sectionCount` body sections and `postCount` thread posts, 10 posts a thread. */
export function generatePost(postCount: number, sectionCount = 400): string {
  const lines = ['---', 'layout: post', 'title: "A benchmark post"', 'categories: [Benchmark]', '---', ''];
  for (let section = 0; section < sectionCount; section++) {
    lines.push(`## Section ${section + 1}`, '', SENTENCES.slice(0, 2 + (section % 4)).join(' '), '', `- point ${section} with ${section * 7}%`, '');
  }
  lines.push('---', '', '## Twitter threads:', '');
  const threadSize = 10;
  for (let start = 0; start < postCount; start += threadSize) {
    const size = Math.min(threadSize, postCount - start);
    if (start > 0) lines.push('---', '');
    lines.push(`### Thread: "Thread ${start / threadSize + 1}"`, '');
    // Every post's text differs, as in a real document, so no count is shared between posts.
    for (let index = 0; index < size; index++) lines.push(`${index + 1}/${size} ${POSTS[(start + index) % POSTS.length]} (note ${start + index + 1})`, '');
  }
  return lines.join('\n');
}
