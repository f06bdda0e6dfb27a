import './firstRead';
import '@atlaskit/css-reset/dist/bundle.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { enableTheme } from './api';
import { App } from './App';

enableTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
