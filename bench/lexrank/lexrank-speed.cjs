// Times npm lexrank's three-sentence summary of the same articles DigestSpeed digests: the first N German and
// the first N English articles of <folder>/de.jsonl and <folder>/en.jsonl. Warm-up rounds first, then each
// article's median over the measured rounds; prints the median (and quartiles) over the articles, in ms, of wall
// time and of the process's CPU time.
// Usage: node bench/lexrank/lexrank-speed.cjs ../shared/eval/summarization [articles per language] [rounds]
'use strict';
const fs = require('fs');
const path = require('path');
const lexrank = require('lexrank');

const folder = process.argv[2] || '../shared/eval/summarization';
const perLanguage = Number(process.argv[3] || 50);
const rounds = Number(process.argv[4] || 5);

function articles(language) {
  return fs.readFileSync(path.join(folder, language + '.jsonl'), 'utf8').split('\n')
    .filter(line => line.trim()).slice(0, perLanguage).map(line => JSON.parse(line).article);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function summarize(text) {
  let out = null;
  lexrank.summarize(text, 3, (err, lines, summary) => {
    if (err) throw err;
    out = summary;
  });
  return out;
}

const texts = [...articles('de'), ...articles('en')];
for (let warm = 0; warm < 2; warm++) texts.forEach(summarize);
const perArticle = texts.map(() => []);
const cpuPerArticle = texts.map(() => []);
for (let round = 0; round < rounds; round++) {
  texts.forEach((text, i) => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    summarize(text);
    perArticle[i].push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    cpuPerArticle[i].push((used.user + used.system) / 1e3);
  });
}
const medians = perArticle.map(median);
const cpuMedians = cpuPerArticle.map(median);
console.log(`lexrank ${require('lexrank/package.json').version} on node ${process.version}: ${texts.length} articles,` +
  ` ${rounds} rounds; ms per article: median ${median(medians).toFixed(2)}, quartiles ` +
  `${quantile(medians, 0.25).toFixed(2)}–${quantile(medians, 0.75).toFixed(2)}; CPU ms per article (process, ` +
  `1 ms resolution on some systems): median ${median(cpuMedians).toFixed(2)}`);
