// Wires the form to the API: reads the article (pasted or dropped), sends it, shows the digest or the problem.

import { summarize, summarizeRequest } from './api.js';
import { h, prefersReducedMotion } from './dom.js';
import { copyText, downloadJson, toJson, toMarkdown } from './export.js';
import { explain } from './problems.js';
import { renderDigest } from './render.js';

const MAX_AUTOMATIC_RETRIES = 10;
const $ = id => document.getElementById(id);

const page = {
  form: $('article-form'), article: $('article'), fileInput: $('file-input'), dropZone: $('drop-zone'),
  apiKey: $('api-key'), submit: $('submit'), problem: $('problem'), status: $('status'),
  root: $('digest'), title: $('digest-title'), language: $('language'), method: $('method'), source: $('source'),
  note: $('summary-note'), summary: $('summary'), warnings: $('warnings'), figures: $('figures'),
  figureCount: $('figure-count'), sourceText: $('source-text'), exportStatus: $('export-status'),
  privacy: document.querySelector('.masthead__note'),
};
const LOCAL_ONLY = page.privacy.textContent;

let current = null;      // { digest, choice } of the digest on show
let pending = null;      // the AbortController of the request in flight
let retryTimer = null;

function choice() {
  const form = new FormData(page.form);
  return { article: page.article.value, target: form.get('target'), length: form.get('length') };
}

async function send(attempt = 0) {
  stopRetry();
  pending?.abort();
  pending = new AbortController();
  const chosen = choice();
  busy(true);
  try {
    const answer = await summarize(summarizeRequest(chosen), page.apiKey.value.trim(), pending.signal);
    if (answer.ok) {
      show(answer.digest, chosen);
    } else {
      fail(answer, attempt);
    }
  } catch (error) {
    if (error.name !== 'AbortError') {
      fail({ status: -1, problem: {}, retryAfter: null }, attempt);
    }
  } finally {
    busy(false);
  }
}

function busy(on) {
  page.submit.disabled = on;
  page.submit.textContent = on ? 'Digesting…' : 'Digest the article';
  page.root.setAttribute('aria-busy', String(on));
  if (on) {
    page.status.textContent = 'Digesting the article…';
  }
}

function show(digest, chosen) {
  current = { digest, choice: chosen };
  page.problem.hidden = true;
  page.problem.replaceChildren();
  renderDigest(digest, chosen, page);
  // Honest about where the article went: a chat model runs on the newsroom's model server, not on this one.
  const sent = digest.summary.engine === 'llm' || digest.summary.translatedBy === 'llm';
  page.privacy.textContent = sent
      ? 'This digest used the newsroom\'s model server: the article was sent to it.' : LOCAL_ONLY;
  page.root.hidden = false;
  page.exportStatus.textContent = '';
  // On a phone the digest starts below the form: bring it into view rather than leave the editor guessing.
  if (page.root.getBoundingClientRect().top > window.innerHeight * 0.6) {
    page.root.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }
  const sentences = digest.summary.sentences.length;
  page.status.textContent = `Digest ready: ${sentences} summary sentence${sentences === 1 ? '' : 's'} and `
      + `${digest.keyFigures.length} key figure${digest.keyFigures.length === 1 ? '' : 's'}.`;
}

function fail(answer, attempt) {
  const words = explain(answer);
  const children = [h('p', { class: 'problem__headline' }, words.headline), h('p', {}, words.advice)];
  if (words.detail) {
    children.push(h('p', { class: 'problem__detail' }, 'The server said: ', h('span', {}, words.detail)));
  }
  if (words.retry && attempt < MAX_AUTOMATIC_RETRIES) {
    const seconds = answer.retryAfter ?? 2;
    // The seconds tick inside an alert region; only the first message is worth announcing.
    const countdown = h('span', { class: 'problem__countdown', 'aria-live': 'off' });
    children.push(h('p', { class: 'problem__retry' }, countdown, ' ',
        h('button', { type: 'button', class: 'button button--quiet', onclick: () => send(attempt + 1) }, 'Try now'),
        ' ',
        h('button', { type: 'button', class: 'button button--quiet', onclick: stopRetry }, 'Stop')));
    scheduleRetry(seconds, countdown, attempt + 1);
  }
  showProblem(children, words.retry);
}

function showProblem(children, transient = false) {
  page.problem.classList.toggle('problem--wait', transient);
  page.problem.replaceChildren(...children);
  page.problem.hidden = false;
  page.status.textContent = '';
}

function scheduleRetry(seconds, countdown, attempt) {
  let left = seconds;
  const tick = () => {
    if (left <= 0) {
      send(attempt);
      return;
    }
    countdown.textContent = `Trying again in ${left} s.`;
    left -= 1;
    retryTimer = setTimeout(tick, 1000);
  };
  tick();
}

function stopRetry() {
  clearTimeout(retryTimer);
  retryTimer = null;
  page.problem.querySelector('.problem__retry')?.remove();
}

async function readFile(file) {
  if (!file) {
    return;
  }
  if (!/\.(txt|html?)$/i.test(file.name) && !/^text\//.test(file.type)) {
    showProblem([h('p', { class: 'problem__headline' }, `“${file.name}” is not a text or HTML file.`),
      h('p', {}, 'Drop a .txt or .html file, or paste the article.')]);
    return;
  }
  page.article.value = await file.text();
  page.article.focus();
  page.status.textContent = `Read ${file.name}.`;
}

function wireDrop() {
  const zone = page.dropZone;
  ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, event => {
    event.preventDefault();
    zone.classList.add('is-dragging');
  }));
  ['dragleave', 'dragend'].forEach(type => zone.addEventListener(type, () => zone.classList.remove('is-dragging')));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('is-dragging');
    readFile(event.dataTransfer?.files?.[0]);
  });
  page.fileInput.addEventListener('change', () => readFile(page.fileInput.files[0]));
}

function wireExports() {
  page.root.querySelectorAll('[data-export]').forEach(button => button.addEventListener('click', async () => {
    if (!current) {
      return;
    }
    const what = button.dataset.export;
    if (what === 'download') {
      downloadJson(current.digest);
      page.exportStatus.textContent = 'Saved as a JSON file.';
      return;
    }
    const text = what === 'markdown' ? toMarkdown(current.digest, current.choice.target) : toJson(current.digest);
    const copied = await copyText(text);
    page.exportStatus.textContent = copied
        ? `Copied as ${what === 'markdown' ? 'Markdown' : 'JSON'}.` : 'Copying is blocked by the browser.';
  }));
}

function wireApiKey() {
  page.apiKey.value = sessionStorage.getItem('newsdigest.apiKey') ?? '';
  page.apiKey.addEventListener('change', () => sessionStorage.setItem('newsdigest.apiKey', page.apiKey.value.trim()));
}

page.form.addEventListener('submit', event => {
  event.preventDefault();
  send();
});
page.article.addEventListener('keydown', event => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    send();
  }
});
wireDrop();
wireExports();
wireApiKey();
page.submit.disabled = false;
