import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StoreLang, useAppStore } from '../state';
import { App } from './App';
import { EmbedApp } from './embed/EmbedApp';
import { persistTheme } from './theme';
import { syncLinkWithUrl } from './urlSync';
import '../ui/theme/states.css';
import '../ui/theme/global.css';

// Before the first render, so the first paint already shows the linked scenario in the saved theme.
persistTheme(useAppStore);
syncLinkWithUrl(useAppStore);
// `?embed=1` is the embed route: the same index.html, so it works on any static host and under any sub-path.
const embedded = useAppStore.getState().embed !== null;
if (embedded) document.documentElement.dataset.embed = 'true';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoreLang>{embedded ? <EmbedApp /> : <App />}</StoreLang>
  </StrictMode>,
);
