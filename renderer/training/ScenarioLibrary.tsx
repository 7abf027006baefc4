import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import type { Scenario } from '../../shared/training/scenario';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import { findTemplate } from '../../shared/catalogue';
import { useUiStore } from '../app/ui-store';
import { PackTools } from './PackTools';
import { useTrainerScenarios } from './use-training-data';

/** Trainer tools: the shipped scenarios (read-only), the trainer's own, and packs in and out. */
export function ScenarioLibrary() {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const own = useTrainerScenarios();
  return (
    <div className="scenario-library">
      <div className="page-head">
        <div>
          <h1>{t('training.scenarios.title')}</h1>
          <p className="muted">{t('training.scenarios.intro')}</p>
        </div>
        <button type="button" className="primary" onClick={() => navigate({ name: 'training', page: { page: 'scenario', id: null, edit: true } })}>
          {t('training.scenarios.new')}
        </button>
      </div>
      <PackTools own={own} />
      <section className="panel" aria-labelledby="own-scenarios">
        <h2 id="own-scenarios">{t('training.scenarios.ownTitle', { count: own?.length ?? 0 })}</h2>
        {own === undefined ? (
          <p className="muted" role="status">{t('common.loading')}</p>
        ) : own.length === 0 ? (
          <p className="muted">{t('training.scenarios.ownEmpty')}</p>
        ) : (
          <ScenarioTable scenarios={own} shipped={false} label={t('training.scenarios.ownTitle', { count: own.length })} />
        )}
      </section>
      <section className="panel" aria-labelledby="shipped-scenarios">
        <h2 id="shipped-scenarios">{t('training.scenarios.shippedTitle', { count: SHIPPED_SCENARIOS.length })}</h2>
        <ScenarioTable scenarios={SHIPPED_SCENARIOS} shipped label={t('training.scenarios.shippedTitle', { count: SHIPPED_SCENARIOS.length })} />
      </section>
    </div>
  );
}

function ScenarioTable({ scenarios, shipped, label }: { scenarios: readonly Scenario[]; shipped: boolean; label: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  return (
    <table className="scenario-table" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">{t('training.scenarios.name')}</th>
          <th scope="col">{t('training.scenarios.template')}</th>
          <th scope="col">{t('training.scenarios.key')}</th>
          <th scope="col">{t('training.scenarios.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {scenarios.map((scenario) => (
          <tr key={`${scenario.id}@${String(scenario.version)}`}>
            <td>
              <strong>{scenario.title[locale]}</strong> <span className="muted">({t('training.scenarios.version', { version: scenario.version })})</span>
              <div className="muted">{scenario.summary[locale]}</div>
            </td>
            <td>{findTemplate(scenario.template.id, scenario.template.version)?.title[locale] ?? scenario.template.id}</td>
            <td>
              {t('training.scenarios.keySummary', { answers: scenario.key.answers.length, findings: scenario.key.findings.length, steps: scenario.key.dueProcess.length })}
              <div className="muted">{t('training.scenarios.targetMinutes', { count: scenario.targetMinutes })}</div>
            </td>
            <td>
              <div className="row-actions">
                <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'scenario', id: scenario.id, edit: false } })} aria-label={t('training.scenarios.viewNamed', { title: scenario.title[locale] })}>
                  {t('training.scenarios.view')}
                </button>
                {!shipped && (
                  <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'scenario', id: scenario.id, edit: true } })} aria-label={t('training.scenarios.editNamed', { title: scenario.title[locale] })}>
                    {t('training.scenarios.edit')}
                  </button>
                )}
                <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'scenario', id: null, edit: true, copyOf: scenario.id } })} aria-label={t('training.scenarios.copyNamed', { title: scenario.title[locale] })}>
                  {t('training.scenarios.copy')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
