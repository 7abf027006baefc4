import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app/boot';
import { App } from './app/App';
import { BootFailure } from './app/BootFailure';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
const root = createRoot(container);

boot().then(
  () => root.render(<StrictMode><App /></StrictMode>),
  (error: unknown) => root.render(<BootFailure error={error} />),
);
