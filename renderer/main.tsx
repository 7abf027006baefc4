import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { boot } from './app/boot';
import { App } from './app/App';
import { BootFailure } from './app/BootFailure';
import { VaultGate } from './app/lock/VaultGate';
import './styles/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');
const root = createRoot(container);

// HQ serves this same build as its review workspace and marks the page (hq/workspace.ts).
const servedByHq = document.querySelector('meta[name="ik-host"]')?.getAttribute('content') === 'hq';

if (servedByHq) {
  import('./hq/start').then(
    ({ startHqWorkspace }) => startHqWorkspace(root),
    (error: unknown) => root.render(<BootFailure error={error} />),
  ).catch((error: unknown) => root.render(<BootFailure error={error} />));
} else {
  boot().then(
    () => root.render(<StrictMode><VaultGate><App /></VaultGate></StrictMode>),
    (error: unknown) => root.render(<BootFailure error={error} />),
  );
}
