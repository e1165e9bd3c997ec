import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { useAppStore } from '../state';
import { App } from './App';
import { persistTheme } from './theme';
import { syncScenarioWithUrl } from './urlSync';
import '../ui/theme/states.css';
import '../ui/theme/global.css';

// Before the first render, so the first paint already shows the linked scenario in the saved theme.
persistTheme(useAppStore);
syncScenarioWithUrl(useAppStore);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
