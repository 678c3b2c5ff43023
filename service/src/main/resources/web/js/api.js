// Talks to the public API only: POST /v1/summarize. Everything else on the page works on its answer.

/** The request body for the chosen options; `includeText` so that every offset can be shown. */
export function summarizeRequest({ article, target, length }) {
  const request = { targetLanguage: target, includeText: true };
  if (looksLikeHtml(article)) {
    request.html = article;
  } else {
    request.text = article;
  }
  if (length === 'teaser') {
    request.maxCharacters = 300;
  } else if (length === 'sentences') {
    request.maxSentences = 5;
  } else {
    request.maxSentences = 3;
  }
  return request;
}

/** Markup rather than text: a document, or several tags a pasted article would not contain. */
export function looksLikeHtml(article) {
  const start = article.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) {
    return true;
  }
  const tags = article.match(/<\/?(p|div|article|section|h[1-6]|br|span|body|main|a|ul|li|figure)\b[^>]*>/gi);
  return tags !== null && tags.length >= 2;
}

/**
 * Sends the request. Resolves to `{ ok: true, digest }` or `{ ok: false, status, problem, retryAfter }`;
 * a network failure is `{ ok: false, status: 0 }`.
 */
export async function summarize(request, apiKey, signal) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json' };
  if (apiKey) {
    headers['X-API-Key'] = apiKey;
  }
  let response;
  try {
    response = await fetch('v1/summarize', { method: 'POST', headers, body: JSON.stringify(request), signal });
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    return { ok: false, status: 0, problem: {}, retryAfter: null };
  }
  const body = await response.text();
  const parsed = parseJson(body);
  if (response.ok && parsed) {
    return { ok: true, digest: parsed };
  }
  return {
    ok: false,
    status: response.status,
    problem: parsed ?? {},
    retryAfter: retryAfterSeconds(response.headers.get('Retry-After')),
  };
}

function parseJson(body) {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

function retryAfterSeconds(header) {
  const seconds = Number.parseInt(header ?? '', 10);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds, 120) : null;
}
