// Fills the digest section from a /v1/summarize answer and links cards and sentences to their source spans.

import { h } from './dom.js';
import { formatEquivalent, formatValue, qualifierWords, typeName } from './figures.js';
import { renderSource } from './source.js';

const UI_LANGUAGE = 'en';

/** A language code in words ("German"); `und` and unknown codes stay readable. */
export function languageName(code, inLanguage = UI_LANGUAGE) {
  if (!code || code === 'und') {
    return inLanguage === 'de' ? 'unbestimmt' : 'Undetermined';
  }
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Renders the whole digest into the section's elements. `choice` is `{ target, length }`. */
export function renderDigest(digest, choice, page) {
  page.title.textContent = digest.title || 'Untitled article';
  page.language.textContent = languageLine(digest.language);
  page.method.textContent = methodLine(digest);
  page.source.textContent = digest.source ? `Source: ${digest.source}` : '';

  const source = renderSource(page.sourceText, digest.text ?? '', digest);
  const link = linker(page, source);
  renderNote(page.note, digest, choice.target);
  renderSummary(page.summary, digest.summary, choice.length, link);
  renderWarnings(page.warnings, digest, page.note.hidden ? [] : [noteWarning(digest.warnings)]);
  renderFigures(page.figures, page.figureCount, digest.keyFigures, choice.target, link);
  wireSourceToCards(page, link);
}

// Who wrote the summary: the article's own sentences, a local model, or the newsroom's chat model.
function methodLine(digest) {
  const summary = digest.summary;
  if (summary.engine === 'llm') {
    const model = (digest.models ?? []).find(id => /^(openai|ollama):/.test(id));
    return `Written by the newsroom's model${model ? ` (${model.replace(/^[a-z]+:/, '')})` : ''}`;
  }
  return summary.method === 'abstractive' ? 'Written by a local model' : 'Key sentences of the article';
}

function languageLine(language) {
  if (!language || language.code === 'und') {
    return 'Language undetermined';
  }
  const confidence = new Intl.NumberFormat(UI_LANGUAGE, { style: 'percent', maximumFractionDigits: 0 })
      .format(language.confidence);
  return `${languageName(language.code)} · ${confidence} confidence`;
}

function noteWarning(warnings) {
  return warnings.find(warning => /models pull|translation model/i.test(warning));
}

function renderNote(note, digest, target) {
  const summary = digest.summary;
  if (summary.translated || summary.language === target) {
    note.hidden = true;
    note.replaceChildren();
    return;
  }
  const warning = noteWarning(digest.warnings);
  const command = warning?.match(/newsdigest models pull \S+/)?.[0];
  note.replaceChildren(
      h('strong', {}, `Not translated: the summary is in ${languageName(summary.language)}.`), ' ',
      h('span', {}, command
          ? [`This server has no ${languageName(summary.language)}→${languageName(target)} translation model. `,
            'The operator can install one with ', h('code', {}, command), '.']
          : (warning ?? 'No translation was made.')));
  note.hidden = false;
}

function renderSummary(container, summary, length, link) {
  const sentences = summary.sentences.map((sentence, i) => sentenceItem(sentence, i, summary, link));
  if (sentences.length === 0) {
    container.replaceChildren(h('p', { class: 'hint' }, 'The article is too short for a summary.'));
  } else if (length === 'bullets') {
    container.replaceChildren(h('ul', { class: 'summary summary--bullets' }, sentences.map(item => h('li', {}, item))));
  } else {
    container.replaceChildren(h('p', { class: 'summary summary--prose' }, sentences.flatMap(item => [item, ' '])));
  }
}

function sentenceItem(sentence, i, summary, link) {
  const unverified = sentence.verified === false
      ? h('span', { class: 'badge badge--warn', title: 'A figure in this sentence could not be matched to the article.' },
          'check figures')
      : null;
  // The figure guard put the article's own sentence where the model wrote a figure the article does not back.
  const replaced = sentence.replaced
      ? h('span', { class: 'badge badge--guard', title: 'The model stated a figure the article does not back; '
          + 'this is the article\'s own sentence instead.' }, 'replaced by the article\'s sentence')
      : null;
  const original = summary.translated && sentence.sourceText && summary.engine !== 'llm'
      ? h('span', { class: 'sentence__original' }, sentence.sourceText) : null;
  const element = h('span', {
    class: 'sentence', tabindex: '0', role: 'button', 'data-sentence': i, lang: sentence.language ?? summary.language,
  }, h('span', { class: 'sentence__text' }, sentence.text), replaced, unverified, sourceLinks(sentence, summary),
  original);
  link.bind(element, 'sentence', i);
  return element;
}

// A written sentence names the article sentences it rests on; pointing at it marks them all in the article.
function sourceLinks(sentence, summary) {
  if (summary.engine !== 'llm' || !sentence.sources?.length) {
    return null;
  }
  const numbers = sentence.sources.map(source => source.index + 1);
  return h('span', { class: 'sentence__sources', title: 'The article sentences this rests on' },
      `${numbers.length === 1 ? 'sentence' : 'sentences'} ${numbers.join(', ')}`);
}

function renderWarnings(list, digest, shown) {
  const rest = digest.warnings.filter(warning => !shown.includes(warning));
  list.replaceChildren(...rest.map(warning => h('li', {}, warning)));
  list.hidden = rest.length === 0;
}

function renderFigures(list, count, figures, target, link) {
  count.textContent = figures.length ? `(${figures.length})` : '';
  if (figures.length === 0) {
    list.replaceChildren(h('li', { class: 'hint' }, 'No key figures in this article.'));
    return;
  }
  list.replaceChildren(...figures.map((figure, i) => h('li', {}, card(figure, i, target, link))));
}

function card(figure, i, target, link) {
  const qualifier = qualifierWords(figure.qualifier, target, figure.kind);
  const label = figure.label
      ? h('span', { class: 'card__label', lang: figure.labelLanguage }, figure.label,
          figure.labelLanguage && figure.labelLanguage !== target
              ? h('span', { class: 'lang-tag', title: `Label in ${languageName(figure.labelLanguage)}` },
                  figure.labelLanguage) : null)
      : null;
  // The server may translate a label inside its rendering ("people" for "Menschen") while `label` stays as written.
  const rendered = figure.labelLanguage && figure.labelLanguage !== target && figure.rendered
      && !figure.rendered.includes('[')
      ? h('span', { class: 'card__rendered', lang: target }, figure.rendered) : null;
  const equivalent = figure.equivalent
      ? h('span', { class: 'card__equivalent' }, `≈ ${formatEquivalent(figure.equivalent, target)}`) : null;
  const mentions = figure.mentions?.length
      ? ` · ${figure.mentions.length} more mention${figure.mentions.length > 1 ? 's' : ''}` : '';
  const button = h('button', { type: 'button', class: 'card', 'data-figure': i },
      h('span', { class: 'card__kicker' }, typeName(figure),
          figure.estimated ? h('span', { class: 'badge badge--estimate' }, 'Estimate') : null),
      h('span', { class: 'card__value', lang: target },
          qualifier ? h('span', { class: 'card__qualifier' }, `${qualifier} `) : null,
          formatValue(figure, target)),
      label, rendered, equivalent,
      h('span', { class: 'card__quote' }, h('q', {}, figure.text), ` · sentence ${figure.sentenceIndex + 1}${mentions}`));
  link.bind(button, 'figure', i);
  return button;
}

// Pointing or focusing marks the span; clicking (or Enter/Space) selects it, which also scrolls the page on
// phones. Only one item is active at a time.
function linker(page, source) {
  let selected = null;
  const items = () => page.root.querySelectorAll('.card, .sentence');
  const mark = (element, kind, index, reveal) => {
    items().forEach(item => item.classList.toggle('is-active', item === element));
    source.activate(kind, index, reveal);
  };
  const restore = () => {
    if (selected) {
      mark(selected.element, selected.kind, selected.index, false);
    } else {
      items().forEach(item => item.classList.remove('is-active'));
      source.clear();
    }
  };
  const select = (element, kind, index) => {
    const again = selected?.element === element;
    selected = again ? null : { element, kind, index };
    items().forEach(item => item.setAttribute('aria-pressed', String(item === element && !again)));
    again ? restore() : mark(element, kind, index, true);
  };
  return {
    bind(element, kind, index) {
      element.setAttribute('aria-pressed', 'false');
      element.addEventListener('mouseenter', () => mark(element, kind, index, false));
      element.addEventListener('mouseleave', restore);
      element.addEventListener('focus', () => mark(element, kind, index, false));
      element.addEventListener('blur', restore);
      element.addEventListener('click', () => select(element, kind, index));
      element.addEventListener('keydown', event => {
        if (element.tagName !== 'BUTTON' && (event.key === 'Enter' || event.key === ' ')) {
          event.preventDefault();
          select(element, kind, index);
        }
      });
    },
    card: index => page.figures.querySelector(`.card[data-figure="${index}"]`),
  };
}

// The other way round: a mark in the text lights up its card.
function wireSourceToCards(page, link) {
  const text = page.sourceText;
  text.onmouseover = event => {
    const mark = event.target.closest('mark[data-figure]');
    page.figures.querySelectorAll('.card.is-linked').forEach(card => card.classList.remove('is-linked'));
    if (mark) {
      link.card(mark.dataset.figure)?.classList.add('is-linked');
    }
  };
  text.onmouseleave = () => page.figures.querySelectorAll('.card.is-linked')
      .forEach(card => card.classList.remove('is-linked'));
  text.onclick = event => {
    const mark = event.target.closest('mark[data-figure]');
    const card = mark ? link.card(mark.dataset.figure) : null;
    if (card) {
      card.focus({ preventScroll: false });
      card.scrollIntoView({ block: 'nearest' });
    }
  };
}
