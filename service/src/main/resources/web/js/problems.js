// Turns an API failure (RFC 9457 problem+json: status, detail, field) into words an editor can act on.

const FIELD_NAMES = {
  text: 'the article text',
  html: 'the article HTML',
  targetLanguage: 'the summary language',
  language: 'the article language',
  maxSentences: 'the summary length',
  maxCharacters: 'the teaser length',
};

/**
 * The explanation of a failed call: `{ headline, advice, detail, retry }`, where `retry` says whether waiting
 * and sending again can help (busy or starting server).
 */
export function explain({ status, problem, retryAfter }) {
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  const field = typeof problem.field === 'string' ? problem.field : '';
  switch (status) {
    case 0:
      return words('The server could not be reached.', 'Check that NewsDigest is running, then try again.', '', false);
    case 400:
      return words('The server could not read the request.', 'Reload the page and try again.', detail, false);
    case 401:
      return words('This server needs an API key.',
          'Open “Server access” above, enter the key you were given, and digest again.', detail, false);
    case 413:
      return words('The article is too long for this server.',
          'Shorten it, or digest it in parts. The size limit is set by the server’s operator.', detail, false);
    case 415:
      return words('The server did not accept the request format.', 'Reload the page and try again.', detail, false);
    case 422:
      return unprocessable(detail, field);
    case 429:
      return words('The server is busy with other articles right now.',
          retryAfter === null ? 'Try again in a moment.' : 'The page will try again by itself.', detail, true);
    case 503:
      if (retryAfter !== null) {
        return words('NewsDigest is still starting.',
            'It is loading its language data; the page will try again by itself.', detail, true);
      }
      return words('A model this request needs is not installed.',
          'Choose another option, or ask the server’s operator to install the model named below.', detail, false);
    default:
      return words('Something went wrong on the server.',
          'Try again; if it keeps failing, tell the server’s operator the time it happened.', detail, false);
  }
}

function unprocessable(detail, field) {
  if (/not supported/i.test(detail) && (field === 'text' || field === 'html' || field === 'language')) {
    return words('The article’s language is not supported.',
        'NewsDigest reads German and English articles.', detail, false);
  }
  if (/not supported/i.test(detail) && field === 'targetLanguage') {
    return words('That summary language is not offered.', 'Choose English or German.', detail, false);
  }
  if (field === 'text' || field === 'html') {
    return words('There is no article text to digest.',
        'Paste an article, or drop a .txt or .html file, then digest again.', detail, false);
  }
  const name = FIELD_NAMES[field] ?? (field ? `the field “${field}”` : 'the request');
  return words(`The server could not use ${name}.`, 'Change it and try again.', detail, false);
}

function words(headline, advice, detail, retry) {
  return { headline, advice, detail, retry };
}
