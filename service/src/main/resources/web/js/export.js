// The digest as Markdown or JSON, to the clipboard or as a file.

import { languageName } from './render.js';

const HEADINGS = {
  en: { summary: 'Summary', figures: 'Key figures', source: 'Source', language: 'Language', notTranslated: 'not translated' },
  de: { summary: 'Zusammenfassung', figures: 'Kennzahlen', source: 'Quelle', language: 'Sprache', notTranslated: 'nicht übersetzt' },
};

/** A Markdown digest with headings in the target language; figures use the server's rendering. */
export function toMarkdown(digest, target) {
  const words = HEADINGS[target] ?? HEADINGS.en;
  const confidence = Math.round((digest.language?.confidence ?? 0) * 100);
  const lines = [`# ${digest.title || words.summary}`, ''];
  const translated = digest.summary.translated || digest.summary.language === target ? '' : ` (${words.notTranslated})`;
  lines.push(`_${words.language}: ${languageName(digest.language?.code, target)} (${confidence} %)${translated}_`, '');
  lines.push(`## ${words.summary}`, '');
  digest.summary.sentences.forEach(sentence => lines.push(`- ${sentence.text}`));
  if (digest.keyFigures.length) {
    lines.push('', `## ${words.figures}`, '');
    digest.keyFigures.forEach(figure => lines.push(`- **${figure.rendered ?? figure.text}** — „${figure.text}“`));
  }
  if (digest.source) {
    lines.push('', `${words.source}: ${digest.source}`);
  }
  return lines.join('\n') + '\n';
}

/** The answer as the API gave it, indented. */
export function toJson(digest) {
  return JSON.stringify(digest, null, 2) + '\n';
}

/** Copies text; falls back to a hidden selection where the Clipboard API is unavailable (plain HTTP). */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied or unfocused: the fallback below still works on a user gesture.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

/** Saves the JSON under a name made from the title. */
export function downloadJson(digest) {
  const slug = (digest.title || 'digest').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
      .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'digest';
  const url = URL.createObjectURL(new Blob([toJson(digest)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `digest-${slug}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
