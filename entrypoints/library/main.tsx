import { render } from 'preact';
import '@/components/library/library.css';
import { libLocale, lt } from '@/components/library/strings';
import { requestPersistence } from '@/lib/db';
import { createLibraryModel } from '@/lib/state/library';
import { App } from './App';

const model = createLibraryModel();
document.documentElement.lang = libLocale();
document.title = lt('libTitle');
render(<App model={model} locale={libLocale()} />, document.getElementById('app')!);
model.start();
// A research library should survive storage pressure; the browser may say no, which is fine.
void requestPersistence();
