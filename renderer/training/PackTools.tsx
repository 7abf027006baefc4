import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../shared/training/scenario';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import { serializeScenarioPack } from '../../shared/training/pack';
import { bridge } from '../host';
import { useRepositoryAction } from '../findings/use-repository-action';
import { readPack, type PackProblem } from './import-pack';
import { importScenarios } from './scenario-store';

type Message = { kind: 'ok'; text: string } | { kind: 'error'; text: string; paths: readonly string[] };

/** Packs in and out: a JSON file checked by the shared pack reader before anything is stored. */
export function PackTools({ own }: { own: readonly Scenario[] | undefined }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<Message | null>(null);
  const { run, busy } = useRepositoryAction();

  const refuse = (problem: PackProblem) =>
    setMessage({ kind: 'error', text: t(`training.pack.errors.${problem.code}`, { detail: problem.detail ?? '' }), paths: problem.paths });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setMessage(null);
    void run(async () => {
      const text = await file.text().catch(() => null);
      input.value = '';
      if (text === null) return refuse({ code: 'unreadable', paths: [] });
      const pack = readPack(text);
      if (!pack.ok) return refuse(pack.problem);
      const stored = await importScenarios(pack.scenarios);
      if (!stored.ok) return refuse({ code: stored.error.code, detail: stored.error.detail, paths: [] });
      setMessage({ kind: 'ok', text: t('training.pack.imported', { count: stored.value.added, unchanged: stored.value.unchanged }) });
    });
  };

  const exportPack = (scenarios: readonly Scenario[], name: string) =>
    void run(async () => {
      setMessage(null);
      const bytes = new TextEncoder().encode(serializeScenarioPack(scenarios, new Date()));
      const result = await bridge.saveFiles({ files: [{ suggestedName: `${name}-${new Date().toISOString().slice(0, 10)}.json`, mediaType: 'application/json', bytes }] });
      if (result.ok) setMessage({ kind: 'ok', text: t('training.pack.exported', { count: scenarios.length }) });
      else if (result.error.code !== 'cancelled') setMessage({ kind: 'error', text: t('training.pack.exportFailed'), paths: [] });
    });

  return (
    <section className="panel" aria-labelledby="pack-tools">
      <h2 id="pack-tools">{t('training.pack.title')}</h2>
      <p className="muted">{t('training.pack.intro')}</p>
      <div className="pack-tools">
        <label className="file-button">
          <input type="file" accept=".json,application/json" onChange={onFile} disabled={busy} aria-describedby="pack-hint" />
          <span>{t('training.pack.import')}</span>
        </label>
        <button type="button" onClick={() => exportPack(own ?? [], 'kich-ban-dien-tap')} disabled={busy || !own || own.length === 0}>{t('training.pack.exportOwn')}</button>
        <button type="button" onClick={() => exportPack([...SHIPPED_SCENARIOS, ...(own ?? [])], 'kich-ban-dien-tap-tat-ca')} disabled={busy}>{t('training.pack.exportAll')}</button>
      </div>
      <small id="pack-hint" className="muted">{t('training.pack.hint')}</small>
      {message?.kind === 'ok' && <p className="import-ok" role="status">{message.text}</p>}
      {message?.kind === 'error' && (
        <div className="import-error" role="alert">
          <p><strong>{t('training.pack.refused')}</strong> {message.text}</p>
          {message.paths.length > 0 && (
            <>
              <p>{t('training.pack.where')}</p>
              <ul>{message.paths.map((path) => <li key={path}>{path}</li>)}</ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
