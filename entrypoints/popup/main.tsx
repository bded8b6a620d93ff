import { render } from 'preact';
import '@/components/popup/popup.css';
import { t, uiLanguage } from '@/lib/i18n';
import { createPopupModel } from '@/lib/state/popup';
import { App } from './App';

// `?tab=<id>` reads a given tab (tests, and pages that open the popup themselves); without it
// the popup reads the active tab, which the action click has just granted under activeTab.
const param = new URLSearchParams(location.search).get('tab');
const tabId = param && /^\d+$/.test(param) ? Number(param) : undefined;

const model = createPopupModel(tabId);
document.documentElement.lang = uiLanguage();
document.title = t('extName');
render(<App model={model} />, document.getElementById('app')!);
void model.load();
