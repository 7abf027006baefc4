import { WorkspaceDbProvider } from '../db/workspace-db';
import { trainingDatabase } from './db/training-db';
import { TrainingBanner } from './TrainingBanner';
import { TrainingNav } from './TrainingNav';
import { TrainingHome } from './TrainingHome';
import { TrainingRunPage } from './TrainingRunPage';
import { ScorePage } from './ScorePage';
import { ScenarioLibrary } from './ScenarioLibrary';
import { ScenarioEditorPage } from './ScenarioEditorPage';
import { RunHistory } from './RunHistory';
import type { TrainingPage } from './training-route';
import '../styles/training.css';

/**
 * The training workspace: every screen under the banner, and the field's own
 * screens on the training database, so a rehearsal can never touch a real record.
 */
export function TrainingWorkspace({ page }: { page: TrainingPage }) {
  return (
    <WorkspaceDbProvider db={trainingDatabase()} mode="training">
      <div className="training">
        <TrainingBanner />
        <TrainingNav current={page} />
        {page.page === 'home' && <TrainingHome />}
        {page.page === 'run' && <TrainingRunPage key={page.id} inspectionId={page.id} tab={page.tab} findingId={page.findingId} />}
        {page.page === 'score' && <ScorePage key={page.id} inspectionId={page.id} />}
        {page.page === 'scenarios' && <ScenarioLibrary />}
        {page.page === 'scenario' && <ScenarioEditorPage key={`${page.id ?? 'new'}:${page.copyOf ?? ''}:${String(page.edit)}`} id={page.id} edit={page.edit} copyOf={page.copyOf} />}
        {page.page === 'history' && <RunHistory />}
      </div>
    </WorkspaceDbProvider>
  );
}
