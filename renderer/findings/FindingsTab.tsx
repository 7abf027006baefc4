import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import { isEditable, isSealed } from '../../shared/lifecycle/inspection-lifecycle';
import { itemsInForce } from '../../shared/catalogue';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import type { StoredTemplate } from '../db';
import { useUiStore } from '../app/ui-store';
import { useInspectionDecisions } from '../sync/ui/use-decisions';
import { useFindingsData } from './use-findings-data';
import { FindingList } from './FindingList';
import { FindingEditor } from './FindingEditor';
import { FindingDetails } from './FindingDetails';
import './findings.css';

interface Props {
  inspection: Inspection;
  template: StoredTemplate;
  findingId: string | undefined;
}

/** Findings of one inspection: the list on the left, the selected finding (or a new one) on the right. */
export function FindingsTab({ inspection, template, findingId }: Props) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const { findings, evidence, answers, officials } = useFindingsData(inspection);
  const decisions = useInspectionDecisions(inspection.id);
  const items = useMemo(() => itemsInForce(template, vietnamDate(inspection.arrivalAt)), [template, inspection.arrivalAt]);
  if (findings === undefined || evidence === undefined || officials === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;
  const editable = isEditable(inspection.status);
  const selected = findingId === undefined || findingId === 'new' ? undefined : findings.find((f) => f.id === findingId);
  const open = (id: string) => navigate({ name: 'inspection', id: inspection.id, tab: 'findings', findingId: id });
  // HQ decides on sealed records only; a draft shows none even if something was stored.
  const decided = isSealed(inspection.status) ? decisions : undefined;

  return (
    <div className="findings-layout">
      <FindingList findings={findings} evidence={evidence} officials={officials} decisions={decided?.byFinding} selectedId={findingId} editable={editable} onOpen={open} />
      <div className="finding-pane">
        {!editable && <p className="locked-note" role="note">{t('findings.locked')}</p>}
        {decided && decided.unknown.length > 0 && <p className="note warn" role="note">{t('sync.decisions.unknown', { count: decided.unknown.length })}</p>}
        {findingId === 'new' && editable && (
          <FindingEditor key="new" inspection={inspection} finding={undefined} officials={officials} items={items} answers={answers} disabled={false} onSaved={(f) => open(f.id)} />
        )}
        {selected && (
          <>
            <FindingEditor key={selected.id} inspection={inspection} finding={selected} officials={officials} items={items} answers={answers} disabled={!editable} onSaved={() => undefined} />
            <FindingDetails inspection={inspection} finding={selected} evidence={evidence} officials={officials} editable={editable} decision={decided?.byFinding.get(selected.id)} />
          </>
        )}
        {findingId === undefined && (
          <div className="empty-state">
            <p>{findings.length === 0 ? t('findings.emptyNone') : t('findings.pickOne')}</p>
          </div>
        )}
        {findingId !== undefined && findingId !== 'new' && !selected && <p className="empty-state" role="alert">{t('findings.notFound')}</p>}
      </div>
    </div>
  );
}
