// Shows the cleaned article with every summary sentence and key figure span marked, and marks one on request.

import { h, prefersReducedMotion } from './dom.js';

/**
 * Renders `text` into `container` with the spans of the summary sentences and the key figures (and the
 * figures' further mentions and equivalents). Returns `{ activate(kind, index, reveal), clear() }`.
 */
export function renderSource(container, text, digest) {
  const spans = collectSpans(text.length, digest);
  container.replaceChildren(...segments(text, spans));
  return {
    activate: (kind, index, reveal) => activate(container, kind, index, reveal),
    clear: () => clear(container),
  };
}

function collectSpans(length, digest) {
  const spans = [];
  const add = (start, end, role, index) => {
    if (Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= length && start < end) {
      spans.push({ start, end, role, index });
    }
  };
  // A written sentence may rest on several article sentences, and several may rest on one: each gets a span.
  digest.summary.sentences.forEach((sentence, i) => {
    const sources = sentence.sources?.length ? sentence.sources : [sentence];
    sources.forEach(source => add(source.start, source.end, 'sentence', i));
  });
  digest.keyFigures.forEach((figure, i) => {
    add(figure.start, figure.end, 'figure', i);
    (figure.mentions ?? []).forEach(mention => add(mention.start, mention.end, 'mention', i));
    if (figure.equivalent) {
      add(figure.equivalent.start, figure.equivalent.end, 'equivalent', i);
    }
  });
  return spans;
}

// Cuts the text at every span boundary; each piece carries the sentence and the figure that cover it, so that
// overlapping spans need no nesting.
function segments(text, spans) {
  const cuts = new Set([0, text.length]);
  spans.forEach(span => { cuts.add(span.start); cuts.add(span.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter(span => span.start <= start && span.end >= end);
    nodes.push(piece(text.slice(start, end), covering));
  }
  return nodes;
}

function piece(content, covering) {
  const sentences = [...new Set(covering.filter(span => span.role === 'sentence').map(span => span.index))];
  const figure = covering.find(span => span.role === 'figure')
      ?? covering.find(span => span.role !== 'sentence');
  if (!sentences.length && !figure) {
    return document.createTextNode(content);
  }
  const classes = [sentences.length ? 'src-sentence' : '', figure ? `src-${figure.role}` : ''].filter(Boolean).join(' ');
  return h(figure ? 'mark' : 'span', {
    class: classes,
    'data-sentence': sentences.length ? sentences.join(' ') : undefined,
    'data-figure': figure?.index,
    'data-role': figure?.role,
  }, content);
}

function activate(container, kind, index, reveal) {
  clear(container);
  // data-sentence lists every summary sentence resting on the span, separated by spaces.
  const marked = [...container.querySelectorAll(kind === 'figure'
      ? `[data-figure="${index}"]` : `[data-sentence~="${index}"]`)];
  marked.forEach(element => element.classList.add(
      kind === 'figure' && element.dataset.role !== 'figure' ? 'is-related' : 'is-active'));
  const target = marked.find(element => element.classList.contains('is-active')) ?? marked[0];
  if (target) {
    scrollTo(container, target, reveal);
  }
}

function clear(container) {
  container.querySelectorAll('.is-active, .is-related')
      .forEach(element => element.classList.remove('is-active', 'is-related'));
}

// The text panel scrolls by itself on wide screens; on narrow ones it is part of the page, and the page
// scrolls only when the editor selected (clicked or pressed) rather than pointed.
function scrollTo(container, target, reveal) {
  const behavior = prefersReducedMotion() ? 'auto' : 'smooth';
  if (container.scrollHeight > container.clientHeight + 1) {
    const offset = target.getBoundingClientRect().top - container.getBoundingClientRect().top;
    container.scrollTo({ top: container.scrollTop + offset - container.clientHeight / 3, behavior });
    if (reveal) {
      container.scrollIntoView({ block: 'nearest', behavior });
    }
  } else if (reveal) {
    target.scrollIntoView({ block: 'center', behavior });
  }
}
