import type { Article, ExtractErrorCode, Timings } from '../extract/types';
import type { Facts } from '../facts/types';

/** Why a tab could not be read, on top of the extraction core's own codes. */
export type TabErrorCode =
  | 'restricted-page'
  | 'pdf'
  | 'no-access'
  | 'tab-closed'
  | 'navigated'
  | 'no-tab';

export type ErrorCode = ExtractErrorCode | TabErrorCode | 'save-failed';

/** An error that crosses a context boundary: `code` is stable, `message` is for people. */
export interface CodedError {
  code: ErrorCode;
  message: string;
}

/** What the reader content script returns through `scripting.executeScript`. */
export type ExtractResult =
  | { ok: true; article: Article; facts: Facts; timings: Timings }
  | { ok: false; error: CodedError };

/** Builds the failure arm of an ExtractResult. */
export const failure = (code: ErrorCode, message: string = code): ExtractResult => ({
  ok: false,
  error: { code, message },
});
