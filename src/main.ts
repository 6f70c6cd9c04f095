// Mounts the app, already in the user's language (so the first paint is not English for a Persian reader).
import { mount } from 'svelte';
import App from './ui/shell/App.svelte';
import './ui/shell/fonts';
import './ui/shell/global.css';
import { uiLocale } from './state/locale.svelte';

uiLocale.start();
void uiLocale.restore();
mount(App, { target: document.getElementById('app')! });
