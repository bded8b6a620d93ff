/** Shared helpers of the hardening tests: the hostile corpus, silent jsdom, pollution probes. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';

export const HOSTILE_DIR = fileURLToPath(new URL('../../fixtures/hostile/', import.meta.url));
export const BAD_DIR = fileURLToPath(new URL('../../fixtures/bad/', import.meta.url));
/** Port 9 is "discard": nothing listens there, so a stray request in jsdom goes nowhere. */
export const CANARY_PORT = '9';

export interface HostilePage {
  file: string;
  /** The two-digit number in the file name, also in the marker sentence. */
  nn: string;
  html: string;
  marker: string;
}

/** Every page of tests/fixtures/hostile with the canary placeholder filled in. */
export function hostilePages(port = CANARY_PORT): HostilePage[] {
  return readdirSync(HOSTILE_DIR)
    .filter((f) => /^\d\d-.*\.html$/.test(f))
    .sort()
    .map((file) => {
      const nn = file.slice(0, 2);
      const html = readFileSync(HOSTILE_DIR + file, 'utf8').replaceAll('__CANARY__', port);
      return { file, nn, html, marker: `Hostile page ${nn} article text survives.` };
    });
}

// jsdom reports unparseable page CSS on the console; that is the page's problem, not a finding.
const quiet = (): VirtualConsole => {
  const vc = new VirtualConsole();
  vc.on('jsdomError', () => {});
  return vc;
};

/** A jsdom document for a page, as the core sees it: no scripts run, no resources load. */
export function pageDocument(html: string | Buffer, url: string): Document {
  return new JSDOM(html, { url, virtualConsole: quiet() }).window.document;
}

/** A fresh, empty jsdom window: the sanitizer's and the contract checker's DOM. */
export function freshWindow(): Window {
  return new JSDOM('<!DOCTYPE html><body></body>', { virtualConsole: quiet() }).window as unknown as Window;
}

const PROTOS: [string, object][] = [
  ['Object', Object.prototype],
  ['Array', Array.prototype],
  ['Function', Function.prototype],
  ['String', String.prototype],
];

/** Own property names of the built-in prototypes, to compare before and after processing. */
export function prototypeSnapshot(): string {
  return PROTOS.map(([name, proto]) => `${name}:${Reflect.ownKeys(proto).map(String).sort().join(',')}`).join('\n');
}

/** Names the hostile JSON-LD tries to plant on every object. */
export function pollutionProblems(): string[] {
  const probe = {} as Record<string, unknown>;
  return ['polluted', 'isAdmin', 'datePublished', 'name', 'length']
    .filter((k) => probe[k] !== undefined)
    .map((k) => `Object.prototype.${k} is ${JSON.stringify(probe[k])}`);
}

const canonicalWindow = freshWindow();

function walkCanonical(node: Node): string {
  if (node.nodeType === 3) return (node.nodeValue ?? '').replace(/\s+/g, ' ');
  if (node.nodeType === 8) return `<!--${node.nodeValue}-->`;
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const attrs = Array.from(el.attributes).map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort();
  const kids = Array.from((el as HTMLTemplateElement).content?.childNodes ?? el.childNodes).map(walkCanonical).join('');
  return `<${el.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : `${el.namespaceURI}:`}${el.localName} ${attrs.join(' ')}>${kids}</>`;
}

/**
 * Markup in a comparable form: parsed, each element's attributes in name order, whitespace
 * collapsed. A second sanitizer pass may reorder attributes; that changes nothing a browser does.
 */
export function canonical(html: string): string {
  const host = canonicalWindow.document.implementation.createHTMLDocument('').createElement('div');
  host.innerHTML = html;
  return Array.from(host.childNodes).map(walkCanonical).join('').trim();
}

/** Collapses whitespace so two serialisations compare by content. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').replace(/> </g, '><').trim();
