import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { Locale } from '../../shared/domain/localized';
import { initI18n } from '../i18n';
import { HqApp } from './HqApp';
import { HQ_LOCALE_KEY } from './locale-key';
import './hq.css';
import { stopFormMemory } from '../app/no-form-memory';

/** The HQ workspace's start: no field database, no sync worker; HQ's staff API is the only data. */
export async function startHqWorkspace(root: Root): Promise<void> {
  const stored = Locale.safeParse(window.localStorage.getItem(HQ_LOCALE_KEY));
  await initI18n(stored.success ? stored.data : 'vi');
  document.title = 'Kiểm tra công vụ — HQ';
  // Reasons and notes about named officials stay out of the staff browser's form memory too.
  stopFormMemory();
  root.render(
    <StrictMode>
      <HqApp />
    </StrictMode>,
  );
}
