import { describe, expect, it } from 'vitest';
import { commandFor, type KeyInput } from '@/lib/reader/keys';
import { parseSource, readerPath } from '@/lib/reader/source';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('keyboard shortcuts', () => {
  it('maps + = - t Escape', () => {
    expect(['+', '=', '-', 't', 'T', 'Escape', 'x'].map((k) => commandFor(key(k)))).toEqual([
      'font-up',
      'font-up',
      'font-down',
      'theme',
      'theme',
      'close',
      null,
    ]);
  });

  it('leaves Ctrl/Cmd/Alt combinations to the browser (zoom)', () => {
    expect(commandFor(key('+', { ctrlKey: true }))).toBeNull();
    expect(commandFor(key('-', { metaKey: true }))).toBeNull();
    expect(commandFor(key('t', { altKey: true }))).toBeNull();
  });

  it('does not steal keys typed into form fields, except Escape', () => {
    expect(commandFor(key('t', { targetTag: 'INPUT' }))).toBeNull();
    expect(commandFor(key('-', { targetEditable: true }))).toBeNull();
    expect(commandFor(key('Escape', { targetTag: 'SELECT' }))).toBe('close');
  });
});

describe('reader address', () => {
  it('reads ?id= and ?tab=, id first', () => {
    expect(parseSource('?id=m3k2abcde-9f0a1b2c')).toEqual({ kind: 'saved', id: 'm3k2abcde-9f0a1b2c' });
    expect(parseSource('?tab=42')).toEqual({ kind: 'tab', tabId: 42 });
    expect(parseSource('?tab=42&id=abc')).toEqual({ kind: 'saved', id: 'abc' });
  });

  it('rejects anything else', () => {
    expect(parseSource('')).toBeNull();
    expect(parseSource('?tab=-1')).toBeNull();
    expect(parseSource('?tab=4x')).toBeNull();
    expect(parseSource('?id=<script>')).toBeNull();
  });

  it('builds the address back', () => {
    expect(readerPath({ kind: 'saved', id: 'abc' })).toBe('/reader.html?id=abc');
    expect(readerPath({ kind: 'tab', tabId: 7 })).toBe('/reader.html?tab=7');
  });
});
