// Entry point: mounts the app, unless this page is inside another page's frame (see ui/framed.ts).
import { mount } from 'svelte';
import App from './ui/App.svelte';
import { isFramed, showFramedNotice } from './ui/framed.ts';
import './ui/app.css';
import './ui/styles/first-run.css';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from index.html');
if (isFramed(window)) showFramedNotice(target, location.href);
else mount(App, { target });
