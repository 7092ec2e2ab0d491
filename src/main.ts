// Entry point: mounts the app, unless this page is inside another page's frame (see ui/framed.ts).
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { isFramed, showFramedNotice } from './ui/framed.ts';
import { i18n } from './ui/i18n.svelte.ts';
// styles in cascade order: tokens first, then general to specific (ui/styles/*.css)
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/layout.css';
import './ui/styles/settings.css';
import './ui/styles/chat.css';
import './ui/styles/chat-pins.css';
import './ui/styles/picker.css';
import './ui/styles/diagnostics.css';
import './ui/styles/markdown.css';
import './ui/styles/markdown-finish.css';
import './ui/styles/message-list.css';
import './ui/styles/keyboard.css';
import './ui/styles/first-run.css';
import './ui/styles/chat-panel.css';
import './ui/styles/chat-folders.css';
import './ui/styles/attachments.css';
import './ui/styles/structured.css';
import './ui/styles/param-limits.css';
import './ui/styles/deep-links.css';
import './ui/styles/capabilities.css';
import './ui/styles/embeddings.css';
import './ui/styles/voice.css';
import './ui/styles/read-aloud.css';
import './ui/styles/update-notice.css';
import './ui/styles/compare.css';
import './ui/styles/browser-model.css';
import './ui/styles/rtl.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
// the language's file (none for English) arrives before the first paint, so the page never flips language
void i18n.start().finally(() => (isFramed(window) ? showFramedNotice(target, location.href) : mount(App, { target })));
