import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageError, onMessages, sendMessage, toCodedError, type Handlers } from '@/lib/messaging';
import type { Article } from '@/lib/extract/types';
import { ExtractError } from '@/lib/extract/types';
import { emptyFacts } from '@/lib/facts/types';

const ref = { id: 'k2x-7', savedAt: 1_773_302_400_000 };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    saveArticle: async () => ({ ...ref, status: 'created' }),
    findSaved: async () => null,
    saveClipping: async () => ref,
    ...overrides,
  };
}

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers a request to its handler and brings the reply back', async () => {
    const saveClipping = vi.fn(async () => ref);
    onMessages(handlers({ saveClipping }));
    const request = { url: 'https://example.org/', title: 'Example', quote: 'a quote' };
    await expect(sendMessage('saveClipping', request)).resolves.toEqual(ref);
    expect(saveClipping).toHaveBeenCalledWith(request, expect.anything());
  });

  it('carries a null reply', async () => {
    onMessages(handlers());
    await expect(sendMessage('findSaved', { url: 'https://example.org/', text: '' })).resolves.toBeNull();
  });

  it('turns a handler’s rejection into a MessageError with its code', async () => {
    onMessages(handlers({ saveArticle: async () => Promise.reject(new ExtractError('too-large', 'Too big')) }));
    const request = { article: {} as Article, facts: emptyFacts('en'), tags: [], note: '' };
    const error = await sendMessage('saveArticle', request).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ code: 'too-large', message: 'Too big' });
  });

  it('ignores messages that are not Lede requests', async () => {
    const saveClipping = vi.fn(async () => ref);
    onMessages(handlers({ saveClipping }));
    await expect(fakeBrowser.runtime.sendMessage({ type: 'saveClipping' })).resolves.toBeUndefined();
    await expect(fakeBrowser.runtime.sendMessage({ lede: 'toString' })).resolves.toBeUndefined();
    expect(saveClipping).not.toHaveBeenCalled();
  });

  it('stops listening once removed', async () => {
    const remove = onMessages(handlers());
    remove();
    await expect(sendMessage('findSaved', { url: 'x', text: '' })).rejects.toThrow();
  });
});

describe('toCodedError', () => {
  it('keeps a code and falls back to internal', () => {
    expect(toCodedError(new ExtractError('not-article', 'No article'))).toEqual({ code: 'not-article', message: 'No article' });
    expect(toCodedError(new Error('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(toCodedError('plain')).toEqual({ code: 'internal', message: 'plain' });
  });
});
