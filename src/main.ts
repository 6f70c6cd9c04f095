// Mounts the app, already in the user's language (so the first paint is not English for a Persian reader), and
// registers the service worker that keeps it working offline (see the PWA part of vite.config.ts).
/// <reference types="vite-plugin-pwa/vanillajs" />
import { mount } from 'svelte';
import { registerSW } from 'virtual:pwa-register';
import App from './ui/shell/App.svelte';
import './ui/shell/fonts';
import './ui/shell/global.css';
import { uiLocale } from './state/locale.svelte';

uiLocale.start();
void uiLocale.restore();
mount(App, { target: document.getElementById('app')! });
// immediate: the worker installs now rather than after the load event, so a first visit is soon ready offline.
registerSW({ immediate: true });
