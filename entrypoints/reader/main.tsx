import { render } from 'preact';
import '@/components/reader/fonts.css';
import '@/components/reader/reader.css';
import { uiLocale } from '@/components/reader/strings';
import { parseSource } from '@/lib/reader/source';
import { createReaderModel } from '@/lib/state/reader';
import { App } from './App';
import { readerDeps } from './deps';

// `?tab=<tabId>` reads a live tab; `?id=<articleId>` opens a saved article, offline.
const model = createReaderModel(readerDeps());
document.documentElement.lang = uiLocale();
// Settings first, so the page never flashes the default theme before the reader's own.
void model.initSettings().then(() => {
  render(<App model={model} />, document.getElementById('app')!);
  void model.load(parseSource(location.search));
});
